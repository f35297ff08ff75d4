import NeuralNetwork
import Tensors

/// Converts one module's tensors to the Digitbook layer they fill: names matched, shapes checked in the file's
/// layout, then PyTorch's layouts permuted to Digitbook's (see WeightLayout), including the channel-first to
/// channel-last reordering of the features that a flatten hands to the next dense layer.
struct StateDictConversion {
    let file: String
    let layout: WeightLayout
    let network: Sequential
    /// After a flatten of channel-first features: for each Digitbook (channel-last) feature, the file's feature index.
    private var featureOrder: [Int]?
    private var lastLayer = -1

    init(file: String, layout: WeightLayout, network: Sequential) {
        self.file = file
        self.layout = layout
        self.network = network
    }

    mutating func convert(group: String, tensors: [(String, Tensor)], layer index: Int) throws(ModelImportError)
        -> ImportedModel.LayerWeights {
        noteFlattens(upTo: index)
        let layer = network.layers[index]
        var remaining = Dictionary(uniqueKeysWithValues: tensors.map { (String($0.0.split(separator: ".").last ?? ""), $0) })
        var weights: [String: ImportedModel.Weight] = [:]
        for parameter in layer.parameters {
            let candidates = WeightLayout.names[parameter.name] ?? [parameter.name]
            guard let key = candidates.first(where: { remaining[$0] != nil }),
                  let (name, tensor) = remaining.removeValue(forKey: key) else {
                if let filled = Self.missingDefault(parameter) {
                    weights[parameter.name] = .init(source: "\(group) (no \(parameter.name))", value: filled)
                    continue
                }
                throw ModelImportError(file: file, place: "group \(group)",
                    "has no \(candidates.map { "\(group).\($0)" }.joined(separator: " or ")), which \(layer.name) (\(layer.kind)) needs")
            }
            let expected = layout.fileShape(of: parameter.value.shape)
            guard tensor.shape == expected else {
                throw ModelImportError(file: file, place: "tensor \(name)", "has shape \(tensor.shape); the spec's \(layer.name) "
                    + "(\(layer.kind)) needs \(expected)\(layout.axes(rank: expected.count))")
            }
            weights[parameter.name] = .init(source: name, value: digitbookLayout(tensor, parameter: parameter.name, layer: layer))
        }
        if let (name, _) = remaining.values.sorted(by: { $0.0 < $1.0 }).first {
            throw ModelImportError(file: file, place: "tensor \(name)", "is not a weight of \(layer.name) (\(layer.kind)), "
                + "which has \(layer.parameters.map(\.name).joined(separator: ", "))")
        }
        if layer is Dense { featureOrder = nil }
        return .init(source: group, weights: weights, epsilon: layer is BatchNorm ? layout.batchNormEpsilon : nil)
    }

    /// A bias or batch-normalisation affine weight a module may leave out (bias=False, affine=False).
    private static func missingDefault(_ parameter: Parameter) -> Tensor? {
        switch parameter.name {
        case "bias", "beta": return Tensor(shape: parameter.value.shape)
        case "gamma": return Tensor(shape: parameter.value.shape, repeating: 1)
        default: return nil
        }
    }

    /// Records the feature order of every flatten between the previous weighted layer and `index`.
    private mutating func noteFlattens(upTo index: Int) {
        defer { lastLayer = index }
        guard layout == .pytorch else { return }
        for position in (lastLayer + 1)..<index where network.layers[position] is Flatten {
            let shape = position == 0 ? network.inputShape : network.outputShapes[position - 1]
            guard shape.count == 3, shape[2] > 1 else { continue }
            let (height, width, channels) = (shape[0], shape[1], shape[2])
            featureOrder = (0..<(height * width * channels)).map { feature in
                let (pixel, channel) = feature.quotientAndRemainder(dividingBy: channels)
                return channel * height * width + pixel
            }
        }
    }

    private func digitbookLayout(_ tensor: Tensor, parameter: String, layer: any Layer) -> Tensor {
        guard layout == .pytorch else { return tensor }
        let source = tensor.scalars, shape = tensor.shape
        if shape.count == 4 {
            let (outputs, inputs, height, width) = (shape[0], shape[1], shape[2], shape[3])
            return Tensor(shape: [height, width, inputs, outputs]) { result in
                for f in 0..<outputs { for c in 0..<inputs { for y in 0..<height { for x in 0..<width {
                    result[((y * width + x) * inputs + c) * outputs + f] = source[((f * inputs + c) * height + y) * width + x]
                } } } }
            }
        }
        if shape.count == 2 {
            let (outputs, inputs) = (shape[0], shape[1])
            let order = featureOrder ?? Array(0..<inputs)
            return Tensor(shape: [inputs, outputs]) { result in
                for j in 0..<inputs { for f in 0..<outputs { result[j * outputs + f] = source[f * inputs + order[j]] } }
            }
        }
        if let order = featureOrder, layer is BatchNorm, order.count == source.count {
            return Tensor(shape: shape) { result in for j in order.indices { result[j] = source[order[j]] } }
        }
        return tensor
    }
}
