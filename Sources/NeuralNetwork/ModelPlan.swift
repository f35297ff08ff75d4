import NumberFormats
/// A model's layers, output shapes and parameter counts, worked out from its spec without allocating a weight.
///
/// Every number is checked against the bounds below with overflow-safe arithmetic, so a spec such as
/// `flatten-dense99999999999-dense10` is an error here rather than a trap or a huge allocation later.
public struct ModelPlan: Equatable, Sendable {
    /// One layer as a summary shows it.
    public struct Row: Equatable, Sendable {
        /// The Keras-style instance name ("conv2d_1").
        public let name: String
        /// The Keras class name ("Conv2D").
        public let kind: String
        public let outputShape: [Int]
        public let parameters: Int
        public let trainableParameters: Int
    }

    /// The most weights a model may have (400 MB of floats; Adam keeps three times that).
    public static let maximumParameters = 100_000_000
    /// The most values one layer may output per example.
    public static let maximumActivations = 1 << 24
    /// The largest input side and channel count.
    public static let maximumInputSide = 4_096

    public let inputShape: [Int]
    public let rows: [Row]

    public var totalParameters: Int { rows.reduce(0) { $0 + $1.parameters } }
    public var trainableParameters: Int { rows.reduce(0) { $0 + $1.trainableParameters } }

    /// The rows of an already built model.
    public init(_ model: Sequential) {
        inputShape = model.inputShape
        rows = zip(model.layers, model.outputShapes).map { layer, shape in
            Row(name: layer.name, kind: layer.kind, outputShape: shape, parameters: layer.parameterCount,
                trainableParameters: layer.trainableParameterCount)
        }
    }

    /// Plans `spec` for inputs of `inputShape`; throws when a shape does not fit or a bound is exceeded.
    init(spec: ModelSpec, layers: [any Layer], inputShape: [Int]) throws(ModelError) {
        guard inputShape.count == 3, inputShape.allSatisfy({ (1...Self.maximumInputSide).contains($0) }) else {
            throw ModelError("the input shape \(inputShape) must be (height, width, channels), each from 1 to \(Self.maximumInputSide)")
        }
        try Self.checkSize(inputShape, of: "the input")
        var shape = inputShape
        var rows: [Row] = []
        var total = 0
        for (position, (layer, layerSpec)) in zip(layers, spec.layers).enumerated() {
            let output = try layer.outputShape(for: shape)
            try Self.checkSize(output, of: "layer \(position + 1) (\(layer.name))")
            let (count, trainable) = try Self.parameterCounts(layerSpec, inputShape: shape, position: position + 1)
            let (sum, overflow) = total.addingReportingOverflow(count)
            guard !overflow, sum <= Self.maximumParameters else {
                let most = Self.maximumParameters.thousandsSeparated
                throw ModelError("the model has more than \(most) parameters (by layer \(position + 1), \(layer.name))")
            }
            total = sum
            rows.append(Row(name: layer.name, kind: layer.kind, outputShape: output, parameters: count, trainableParameters: trainable))
            shape = output
        }
        self.inputShape = inputShape
        self.rows = rows
    }

    /// Throws when a shape holds more than `maximumActivations` values per example.
    private static func checkSize(_ shape: [Int], of what: String) throws(ModelError) {
        guard product(shape, atMost: maximumActivations) != nil else {
            throw ModelError("\(what) would output \(shape), more than \(maximumActivations.thousandsSeparated) values per example")
        }
    }

    /// The product of `factors` when it is at most `limit`, computed without overflow; nil otherwise.
    private static func product(_ factors: [Int], atMost limit: Int) -> Int? {
        var result = 1
        for factor in factors {
            let (next, overflow) = result.multipliedReportingOverflow(by: factor)
            guard !overflow, next <= limit else { return nil }
            result = next
        }
        return result
    }

    /// All and trainable weights of one layer taking `inputShape`, multiplied without overflow.
    private static func parameterCounts(_ layer: ModelSpec.LayerSpec, inputShape: [Int], position: Int) throws(ModelError) -> (Int, Int) {
        func product(_ factors: Int...) throws(ModelError) -> Int {
            guard let result = Self.product(factors, atMost: maximumParameters) else {
                throw ModelError("layer \(position) would have more than \(maximumParameters.thousandsSeparated) parameters")
            }
            return result
        }
        switch layer {
        case .conv(let filters, let kernel, _, _):
            let count = try product(kernel, kernel, inputShape.last ?? 0, filters) + filters
            return (count, count)
        case .dense(let units, _):
            let count = try product(inputShape.last ?? 0, units) + units
            return (count, count)
        case .batchNorm:
            let channels = inputShape.last ?? 0
            return (try product(4, channels), try product(2, channels))
        case .maxPool, .dropout, .relu, .flatten:
            return (0, 0)
        }
    }
}
