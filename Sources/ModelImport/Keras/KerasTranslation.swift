import Foundation

/// Walks a Keras layer list in order and builds up the Digitbook spec tokens, the input shape and scale, and the
/// weighted layers; every layer or setting Digitbook lacks is an error naming it and its position.
struct KerasTranslation {
    let file: String
    var tokens: [String] = []
    var inputShape: [Int]?
    var inputScale: Float = 1
    var weighted: [KerasArchitecture.WeightedLayer] = []
    /// Whether the values are still flat (a 784-vector input, or after Flatten), so a Dense needs no flatten first.
    private var flat = false
    /// Whether the input arrived as a vector and no layer has reshaped it yet.
    private var flatInput = false
    private var endedInSoftmax: KerasLayerConfig?

    init(file: String) { self.file = file }

    mutating func add(_ layer: KerasLayerConfig) throws(ModelImportError) {
        if let softmax = endedInSoftmax, layer.className != "Dropout" {
            throw layer.failure("follows the softmax of \(softmax.place); Digitbook supports softmax only as the model's last step")
        }
        if inputShape == nil, layer.className != "InputLayer" {
            let built = (layer.fields["build_config"] as? [String: Any])?["input_shape"]
            if let shape = try layer.firstShape(["batch_input_shape", "batch_shape"]) {
                try setInput(shape, layer)
            } else if let shape = try layer.shape(of: built, field: "build_config.input_shape") {
                try setInput(shape, layer)
            }
        }
        switch layer.className {
        case "InputLayer":
            guard inputShape == nil else { throw layer.failure("an input layer must come first") }
            guard let shape = try layer.firstShape(["batch_shape", "batch_input_shape"]) else {
                throw layer.failure("has no batch_shape")
            }
            try setInput(shape, layer)
        case "Rescaling": try addRescaling(layer)
        case "Conv2D", "Convolution2D": try addConvolution(layer)
        case "Dense": try addDense(layer)
        case "Flatten":
            tokens.append("flatten")
            flat = true
        case "MaxPooling2D", "MaxPool2D": try addPooling(layer)
        case "Dropout":
            let rate = try layer.number("rate")
            guard (0..<1).contains(rate) else { throw layer.failure("field rate must be from 0 to below 1, got \(rate)") }
            tokens.append(String(format: "dropout%.4f", rate))
        case "BatchNormalization": try addBatchNorm(layer)
        case "ReLU":
            let slope = try layer.number("negative_slope", default: 0), threshold = try layer.number("threshold", default: 0)
            let plain = slope == 0 && threshold == 0 && !layer.has("max_value")
            guard plain else { throw layer.failure("a ReLU with max_value, negative_slope or threshold is not supported") }
            tokens.append("relu")
        case "Activation": try addActivation(try layer.text("activation"), layer)
        case "Softmax": try addActivation("softmax", layer)
        case "Reshape": try addReshape(layer)
        default:
            throw layer.failure("is a layer Digitbook does not have; supported: \(KerasArchitecture.supported)")
        }
    }

    private mutating func setInput(_ shape: [Int], _ layer: KerasLayerConfig) throws(ModelImportError) {
        switch shape.count {
        case 3: inputShape = shape
        case 2: inputShape = shape + [1]
        case 1:
            let side = Int(Double(shape[0]).squareRoot().rounded())
            guard side * side == shape[0] else { throw layer.failure("a flat input of \(shape[0]) values is not a square image") }
            inputShape = [side, side, 1]
            flatInput = true
            flat = true
        default: throw layer.failure("the input shape \(shape) is not an image (height, width[, channels])")
        }
        if shape.count == 2 { flat = false }
    }

    private var beforeAnyWeights: Bool { weighted.isEmpty }

    private mutating func addRescaling(_ layer: KerasLayerConfig) throws(ModelImportError) {
        let scale = try layer.number("scale"), offset = try layer.number("offset", default: 0)
        guard offset == 0 else { throw layer.failure("a Rescaling with an offset (\(offset)) is not supported; only a constant scale") }
        guard scale > 0, beforeAnyWeights else {
            throw layer.failure("only a positive Rescaling before the first layer with weights is supported")
        }
        inputScale *= Float(scale)
    }

    private mutating func addConvolution(_ layer: KerasLayerConfig) throws(ModelImportError) {
        let filters = try layer.integer("filters")
        guard let kernel = try layer.side("kernel_size") else { throw layer.failure("has no kernel_size") }
        guard try layer.side("strides") ?? 1 == 1, try layer.side("dilation_rate") ?? 1 == 1 else {
            throw layer.failure("strides and dilation_rate other than 1 are not supported")
        }
        guard (layer.fields["groups"] as? Int ?? 1) == 1 else { throw layer.failure("grouped convolutions are not supported") }
        try requireChannelsLast(layer)
        let padding = try layer.text("padding", default: "valid")
        guard padding == "valid" || padding == "same" else { throw layer.failure("padding \"\(padding)\" is not supported (valid, same)") }
        flat = false
        tokens.append("conv\(filters)k\(kernel)\(padding == "same" ? "same" : "")")
        weighted.append(.init(name: layer.name, kind: .conv(filters: filters), useBias: try layer.flag("use_bias", default: true),
                              epsilon: nil))
        try addActivation(try layer.text("activation", default: "linear"), layer)
    }

    private mutating func addDense(_ layer: KerasLayerConfig) throws(ModelImportError) {
        let units = try layer.integer("units")
        if flatInput, !tokens.contains("flatten") {
            tokens.append("flatten")
        } else if !flat {
            throw layer.failure("a Dense layer on an image is not supported; Digitbook needs a Flatten before it")
        }
        tokens.append("dense\(units)")
        weighted.append(.init(name: layer.name, kind: .dense(units: units), useBias: try layer.flag("use_bias", default: true),
                              epsilon: nil))
        try addActivation(try layer.text("activation", default: "linear"), layer)
    }

    private mutating func addPooling(_ layer: KerasLayerConfig) throws(ModelImportError) {
        let size = try layer.side("pool_size") ?? 2
        guard try layer.side("strides") ?? size == size else { throw layer.failure("a stride other than the pool size is not supported") }
        guard try layer.text("padding", default: "valid") == "valid" else { throw layer.failure("only valid padding is supported") }
        try requireChannelsLast(layer)
        tokens.append("maxpool\(size)")
    }

    private mutating func addBatchNorm(_ layer: KerasLayerConfig) throws(ModelImportError) {
        let axis = layer.fields["axis"] as? Int ?? (layer.fields["axis"] as? [Int])?.first ?? -1
        guard axis == -1 || axis == 3 || (axis == 1 && flat) else {
            throw layer.failure("normalising axis \(axis) is not supported (Digitbook normalises the last axis)")
        }
        let epsilon = Float(try layer.number("epsilon", default: 0.001))
        tokens.append("bn")
        weighted.append(.init(name: layer.name, kind: .batchNorm(center: try layer.flag("center", default: true),
                                                                  scale: try layer.flag("scale", default: true)),
                              useBias: false, epsilon: epsilon))
    }

    private mutating func addActivation(_ activation: String, _ layer: KerasLayerConfig) throws(ModelImportError) {
        switch activation {
        case "linear": break
        case "relu": tokens.append("relu")
        case "softmax":
            guard tokens.last?.hasPrefix("dense") == true else {
                throw layer.failure("softmax is supported only right after the last dense layer")
            }
            endedInSoftmax = layer
        default:
            throw layer.failure("the activation \"\(activation)\" is not supported (relu, linear, and softmax at the end)")
        }
    }

    private mutating func addReshape(_ layer: KerasLayerConfig) throws(ModelImportError) {
        guard let image = inputShape, tokens.allSatisfy({ $0.hasPrefix("dropout") }),
              let target = layer.fields["target_shape"] as? [Int],
              target == image || target == Array(image.prefix(2)) || target == [image.reduce(1, *)] else {
            throw layer.failure("only a Reshape of the input image to (height, width[, channels]) or a vector is supported")
        }
        flatInput = target.count == 1
        flat = target.count == 1
    }

    private func requireChannelsLast(_ layer: KerasLayerConfig) throws(ModelImportError) {
        guard try layer.text("data_format", default: "channels_last") == "channels_last" else {
            throw layer.failure("data_format channels_first is not supported (Keras's default, channels_last, is)")
        }
    }
}
