import Foundation
import NeuralNetwork

/// A Keras Sequential model's configuration translated to Digitbook: the spec, the input shape, the model's own
/// input rescaling, and which layers hold weights (with what each one stores).
struct KerasArchitecture {
    /// A layer that holds weights, and which of its optional weights it stores.
    struct WeightedLayer {
        enum Kind { case conv(filters: Int), dense(units: Int), batchNorm(center: Bool, scale: Bool) }
        let name: String
        let kind: Kind
        let useBias: Bool
        let epsilon: Float?
    }

    static let supported = "InputLayer, Rescaling (a constant scale, no offset), Conv2D (square kernel, stride 1, valid or same), "
        + "Dense, Flatten, MaxPooling2D (square, stride = pool size), Dropout, BatchNormalization (last axis), ReLU, "
        + "Activation (relu, linear, softmax last), Softmax (last), Reshape (of the input image)"

    let spec: ModelSpec
    let inputShape: [Int]
    let inputScale: Float
    let weighted: [WeightedLayer]

    /// Reads the model configuration JSON text (a .keras file's config.json, or a legacy .h5 file's model_config).
    init(json text: String, file: String) throws(ModelImportError) {
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
            throw ModelImportError(file: file, "the model configuration is not a JSON object")
        }
        let className = object["class_name"] as? String ?? "?"
        guard className == "Sequential" else {
            throw ModelImportError(file: file, "the model is a \(className); Digitbook imports Sequential models (a plain stack of layers)")
        }
        let config = object["config"]
        guard let list = (config as? [String: Any])?["layers"] as? [Any] ?? config as? [Any] else {
            throw ModelImportError(file: file, "the Sequential model's configuration has no list of layers")
        }
        var layers: [KerasLayerConfig] = []
        for (index, entry) in list.enumerated() { layers.append(try KerasLayerConfig(file: file, position: index + 1, json: entry)) }
        var translation = KerasTranslation(file: file)
        for layer in layers { try translation.add(layer) }
        try self.init(translation, file: file)
    }

    private init(_ translation: KerasTranslation, file: String) throws(ModelImportError) {
        guard let inputShape = translation.inputShape else {
            throw ModelImportError(file: file, "the model does not say its input shape (no InputLayer or batch_input_shape)")
        }
        let text = translation.tokens.joined(separator: "-")
        do {
            spec = try ModelSpec(parsing: text)
        } catch {
            throw ModelImportError(file: file, "the layers translate to \"\(text)\", which Digitbook cannot read: \(error.detail)")
        }
        self.inputShape = inputShape
        inputScale = translation.inputScale
        weighted = translation.weighted
    }
}
