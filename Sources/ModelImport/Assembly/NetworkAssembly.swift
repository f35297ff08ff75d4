import NeuralNetwork
import Randomness
import Tensors

extension ImportedModel {
    /// The Digitbook network for this model, for inputs Digitbook scales to [0, 1] when the model was trained on
    /// `pixels`: built from the spec, every weight checked against the layer it fills (name and shape), the pixel
    /// scale and any foreign batch-normalisation epsilon folded into the weights.
    public func network(pixels: PixelRange) throws(ModelImportError) -> Sequential {
        var generator = SeededGenerator(seed: 0)
        guard case .dense(let classes, _)? = spec.layers.last else {
            throw ModelImportError(file: file, "the model \(spec) must end in a dense layer with one unit per class")
        }
        let network: Sequential
        do {
            network = try spec.build(inputShape: inputShape, classCount: classes, generator: &generator)
        } catch {
            throw ModelImportError(file: file, "the model \(spec) cannot take inputs of shape \(inputShape): \(error.detail)")
        }
        let weighted = network.layers.filter { !$0.parameters.isEmpty }
        guard weighted.count == layers.count else {
            throw ModelImportError(file: file, "the model \(spec) has \(weighted.count) layers with weights, the file \(layers.count): "
                + layers.map(\.source).joined(separator: ", "))
        }
        for (position, (layer, source)) in zip(weighted, layers).enumerated() {
            for weight in source.weights.values.sorted(by: { $0.source < $1.source }) {
                try Self.checkFinite(weight.value, file: file, place: "tensor \(weight.source)", what: "holds")
            }
            if let variance = source.weights["moving_variance"] {
                let epsilon = source.epsilon ?? InputScaleFolding.digitbookEpsilon
                let negative = variance.value.scalars.filter { !($0 + epsilon > 0) }.count
                if negative > 0 {
                    throw ModelImportError(file: file, place: "tensor \(variance.source)",
                                           "holds \(negative) variances that are negative (below -epsilon); a variance cannot be")
                }
            }
            let folded = InputScaleFolding.fold(source, scale: position == 0 ? inputScale * pixels.factor : 1)
            for parameter in layer.parameters {
                guard let weight = folded.weights[parameter.name] else {
                    throw ModelImportError(file: file, place: "layer \(source.source)",
                        "has no \(parameter.name), which Digitbook's \(layer.name) (\(layer.kind)) needs")
                }
                guard weight.value.shape == parameter.value.shape else {
                    throw ModelImportError(file: file, place: "tensor \(weight.source)",
                        "has shape \(weight.value.shape); Digitbook's \(layer.name).\(parameter.name) needs \(parameter.value.shape)")
                }
                try Self.checkFinite(weight.value, file: file, place: "tensor \(weight.source)",
                                     what: "becomes, once its pixel scale and batch-norm statistics are folded in,")
                parameter.value = weight.value
            }
        }
        return network
    }

    /// Throws naming the tensor when any of its values is NaN or infinite (a negative batch-norm variance folds to NaN).
    private static func checkFinite(_ tensor: Tensor, file: String, place: String, what: String) throws(ModelImportError) {
        let bad = tensor.scalars.reduce(0) { $0 + ($1.isFinite ? 0 : 1) }
        guard bad > 0 else { return }
        throw ModelImportError(file: file, place: place,
                               "\(what) \(bad) of \(tensor.scalars.count) values that are not numbers (NaN or infinite)")
    }
}
