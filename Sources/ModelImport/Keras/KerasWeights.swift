import Tensors

/// Reads each weighted layer's tensors from a Keras weights file: a .keras file's model.weights.h5
/// (`layers/NAME/vars/0, 1, …` in the layer's own order) or a legacy .h5 file's `model_weights/NAME` group (named by
/// its `weight_names` attribute). Weights a layer does not store (no bias, no centre or scale) are filled in.
struct KerasWeights {
    let file: HDF5File
    let legacy: Bool

    func weights(of layer: KerasArchitecture.WeightedLayer) throws(ModelImportError) -> ImportedModel.LayerWeights {
        var weights: [String: ImportedModel.Weight] = [:]
        do {
            for (role, path) in try paths(of: layer) {
                let (shape, values) = try file.floats(at: path)
                guard let tensor = Tensor(shape: shape, scalars: values) else {
                    throw ModelImportError(file: file.path, place: path, "holds \(values.count) values for shape \(shape)")
                }
                weights[role] = .init(source: path, value: tensor)
            }
        } catch let error as HDF5Error {
            throw ModelImportError(file: error.file, place: error.object, error.message)
        } catch let error as ModelImportError {
            throw error
        } catch {
            throw ModelImportError(file: file.path, "\(error)")
        }
        try fillDefaults(&weights, layer)
        return .init(source: layer.name, weights: weights, epsilon: layer.epsilon)
    }

    /// Which Digitbook parameter each stored tensor is, and where it is.
    private func paths(of layer: KerasArchitecture.WeightedLayer) throws -> [(String, String)] {
        let roles: [String]
        switch layer.kind {
        case .conv, .dense: roles = ["kernel"] + (layer.useBias ? ["bias"] : [])
        case .batchNorm(let center, let scale):
            roles = (scale ? ["gamma"] : []) + (center ? ["beta"] : []) + ["moving_mean", "moving_variance"]
        }
        if legacy {
            let group = "/model_weights/\(layer.name)"
            let names = try file.strings(attribute: "weight_names", of: group)
            let stored = names.map { name in (Self.role(of: name), group + "/" + name) }
            guard stored.map(\.0).sorted() == roles.sorted() else {
                throw ModelImportError(file: file.path, place: group, "stores \(names) but the layer needs \(roles)")
            }
            return stored
        }
        let group = ["/layers/\(layer.name)/vars", "/_layer_checkpoint_dependencies/\(layer.name)/vars"]
            .first(where: file.contains) ?? "/layers/\(layer.name)/vars"
        let stored = try file.children(of: group)
        guard stored.count == roles.count else {
            throw ModelImportError(file: file.path, place: group,
                                   "stores \(stored.count) tensors but the layer needs \(roles.count): \(roles)")
        }
        return roles.enumerated().map { index, role in (role, "\(group)/\(index)") }
    }

    /// "sequential/conv2d/kernel" or "conv2d_1/kernel:0" → "kernel".
    private static func role(of name: String) -> String {
        let last = name.split(separator: "/").last.map(String.init) ?? name
        return last.hasSuffix(":0") ? String(last.dropLast(2)) : last
    }

    private func fillDefaults(_ weights: inout [String: ImportedModel.Weight], _ layer: KerasArchitecture.WeightedLayer)
        throws(ModelImportError) {
        switch layer.kind {
        case .conv(let count), .dense(let count):
            if weights["bias"] == nil { weights["bias"] = .init(source: "\(layer.name) (no bias)", value: Tensor(shape: [count])) }
        case .batchNorm:
            guard let channels = weights["moving_mean"]?.value.shape else {
                throw ModelImportError(file: file.path, place: layer.name, "has no moving mean")
            }
            if weights["gamma"] == nil {
                weights["gamma"] = .init(source: "\(layer.name) (no scale)", value: Tensor(shape: channels, repeating: 1))
            }
            if weights["beta"] == nil { weights["beta"] = .init(source: "\(layer.name) (no centre)", value: Tensor(shape: channels)) }
        }
    }
}
