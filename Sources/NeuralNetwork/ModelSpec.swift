import NumberFormats
import Randomness

/// A model written as a string of layer tokens joined by '-', e.g. `conv64k3-relu-conv32k3-relu-flatten-dense10`.
///
/// Tokens: `conv{F}k{K}` (Conv2D, F filters of KxK, 'valid' padding) with an optional `same` suffix;
/// `dense{N}`; `maxpool` or `maxpool{P}`; `dropout{R}` (R in percent, or a decimal such as `dropout0.25`);
/// `bn` (batch normalisation); `relu`; `flatten`. A `relu` right after a conv or dense layer becomes that
/// layer's activation, as Keras's `activation="relu"` does; elsewhere it is a ReLU layer of its own.
/// The last layer must be a dense layer with one unit per class; softmax is applied by the loss.
public struct ModelSpec: Equatable, Sendable, CustomStringConvertible {
    /// One layer of the stack.
    public enum LayerSpec: Equatable, Sendable {
        case conv(filters: Int, kernel: Int, same: Bool, activation: Activation)
        case dense(units: Int, activation: Activation)
        case maxPool(size: Int)
        case dropout(rate: Float)
        case batchNorm
        case relu
        case flatten
    }

    public let layers: [LayerSpec]

    /// Parses `text`; an unknown or malformed token is an error naming it and its position.
    public init(parsing text: String) throws(ModelError) {
        var layers: [LayerSpec] = []
        let tokens = text.lowercased().split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        for (position, token) in tokens.enumerated() {
            if let excess = Self.excess(in: token) {
                throw ModelError("layer \"\(token)\" at position \(position + 1) of \"\(text)\": \(excess)")
            }
            guard let layer = Self.layer(from: token) else {
                throw ModelError("""
                    unknown layer "\(token)" at position \(position + 1) of "\(text)"; expected conv{F}k{K}[same], \
                    dense{N}, maxpool[{P}], dropout{R}, bn, relu or flatten
                    """)
            }
            switch (layer, layers.last) {
            case (.relu, .conv(let f, let k, let same, .linear)?):
                layers[layers.count - 1] = .conv(filters: f, kernel: k, same: same, activation: .relu)
            case (.relu, .dense(let units, .linear)?):
                layers[layers.count - 1] = .dense(units: units, activation: .relu)
            default:
                layers.append(layer)
            }
        }
        self.layers = layers
    }

    /// The canonical string, which parses back to the same spec.
    public var description: String {
        layers.map { layer -> String in
            switch layer {
            case .conv(let f, let k, let same, let activation):
                return "conv\(f)k\(k)\(same ? "same" : "")" + (activation == .relu ? "-relu" : "")
            case .dense(let units, let activation): return "dense\(units)" + (activation == .relu ? "-relu" : "")
            case .maxPool(let size): return size == 2 ? "maxpool" : "maxpool\(size)"
            case .dropout(let rate): return "dropout\(rate)"
            case .batchNorm: return "bn"
            case .relu: return "relu"
            case .flatten: return "flatten"
            }
        }.joined(separator: "-")
    }

    /// The most filters, units, kernel side and pool side a token may ask for.
    public static let bounds = (filters: 65_536, units: 1 << 24, kernel: 64, pool: 4_096)

    /// The layers, output shapes and parameter counts for inputs of `inputShape`, without allocating any weight;
    /// throws when the model does not fit the input or exceeds `ModelPlan`'s bounds.
    public func plan(inputShape: [Int], classCount: Int) throws(ModelError) -> ModelPlan {
        guard case .dense(let units, .linear)? = layers.last, units == classCount else {
            throw ModelError("the model \"\(self)\" must end in dense\(classCount) (one unit per class, no activation)")
        }
        let stack = makeLayers()
        Sequential.assignNames(to: stack)
        return try ModelPlan(spec: self, layers: stack, inputShape: inputShape)
    }

    /// Builds and initialises the model for inputs of `inputShape` and `classCount` classes, after planning it
    /// (so that a model too large to allocate is an error before any weight is made).
    public func build(inputShape: [Int], classCount: Int, generator: inout SeededGenerator) throws(ModelError) -> Sequential {
        _ = try plan(inputShape: inputShape, classCount: classCount)
        return try Sequential(inputShape: inputShape, layers: makeLayers(), generator: &generator)
    }

    private func makeLayers() -> [any Layer] {
        layers.map { layer in
            switch layer {
            case .conv(let f, let k, let same, let activation): Conv2D(filters: f, kernelSize: k, samePadding: same, activation: activation)
            case .dense(let units, let activation): Dense(units: units, activation: activation)
            case .maxPool(let size): MaxPool2D(poolSize: size)
            case .dropout(let rate): Dropout(rate: rate)
            case .batchNorm: BatchNorm()
            case .relu: ReLU()
            case .flatten: Flatten()
            }
        }
    }

    /// Why a token's number is too large, or nil when it is within `bounds` (or not a number at all).
    private static func excess(in token: String) -> String? {
        let digits = token.split(whereSeparator: { !$0.isNumber }).map(String.init)
        let limits: [(String, Int, String)] = [
            ("dense", bounds.units, "units"), ("maxpool", bounds.pool, "pool side"), ("conv", bounds.filters, "filters"),
        ]
        guard let (prefix, limit, what) = limits.first(where: { token.hasPrefix($0.0) }), let first = digits.first else { return nil }
        if Int(first).map({ $0 > limit }) ?? true { return "\(first) \(what) is more than the \(limit.thousandsSeparated) allowed" }
        if prefix == "conv", digits.count > 1, Int(digits[1]).map({ $0 > bounds.kernel }) ?? true {
            return "a kernel side of \(digits[1]) is more than the \(bounds.kernel) allowed"
        }
        return nil
    }

    private static func layer(from token: String) -> LayerSpec? {
        switch token {
        case "bn": return .batchNorm
        case "relu": return .relu
        case "flatten": return .flatten
        case "maxpool": return .maxPool(size: 2)
        default: break
        }
        if let size = number(after: "maxpool", in: token) { return size > 0 ? .maxPool(size: size) : nil }
        if let units = number(after: "dense", in: token) { return units > 0 ? .dense(units: units, activation: .linear) : nil }
        if token.hasPrefix("dropout") {
            let value = token.dropFirst("dropout".count)
            guard let rate = Float(value) else { return nil }
            let fraction = value.contains(".") ? rate : rate / 100
            return fraction >= 0 && fraction < 1 ? .dropout(rate: fraction) : nil
        }
        if token.hasPrefix("conv") {
            var body = token.dropFirst("conv".count)
            let same = body.hasSuffix("same")
            if same { body = body.dropLast("same".count) }
            let parts = body.split(separator: "k", omittingEmptySubsequences: false)
            guard parts.count == 2, let filters = Int(parts[0]), let kernel = Int(parts[1]), filters > 0, kernel > 0 else { return nil }
            return .conv(filters: filters, kernel: kernel, same: same, activation: .linear)
        }
        return nil
    }

    private static func number(after prefix: String, in token: String) -> Int? {
        guard token.hasPrefix(prefix), token.count > prefix.count else { return nil }
        return Int(token.dropFirst(prefix.count))
    }
}
