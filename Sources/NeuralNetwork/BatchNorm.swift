import Randomness
import Tensors

/// Batch normalisation over the last axis (channels of NHWC images, or features), as Keras's
/// BatchNormalization: trainable gamma and beta, non-trainable moving mean and variance
/// (momentum 0.99, epsilon 0.001, biased batch variance).
///
/// Rows are shared among the workers; per-worker sums are combined in worker order.
public final class BatchNorm: Layer {
    public var name = "batch_normalization"
    public let kind = "BatchNormalization"
    public let momentum: Float = 0.99
    public let epsilon: Float = 0.001
    public private(set) var parameters: [Parameter] = []
    private var normalised = Tensor(shape: [0])
    private var inverseDeviation: [Float] = []
    private var workers = 1

    public init() {}

    public func outputShape(for inputShape: [Int]) throws(ModelError) -> [Int] { inputShape }

    public func build(inputShape: [Int], generator: inout SeededGenerator) {
        let channels = inputShape.last ?? 1
        parameters = [
            Parameter(name: "gamma", value: Tensor(shape: [channels], repeating: 1)),
            Parameter(name: "beta", value: Tensor(shape: [channels])),
            Parameter(name: "moving_mean", value: Tensor(shape: [channels]), trainable: false),
            Parameter(name: "moving_variance", value: Tensor(shape: [channels], repeating: 1), trainable: false),
        ]
    }

    public func forward(_ input: Tensor, context: inout ForwardContext) -> Tensor {
        let channels = input.shape.last ?? 1, rows = input.count / channels
        let workers = max(1, min(context.workers, rows))
        var mean: [Float], variance: [Float]
        if context.training {
            let sums = input.withUnsafePointer { x in Self.columnSums(x, nil, rows: rows, channels: channels, workers: workers) }
            mean = (0..<channels).map { Float(sums.first[$0] / Double(rows)) }
            variance = (0..<channels).map { Float(max(0, sums.second[$0] / Double(rows) - pow2(sums.first[$0] / Double(rows)))) }
            parameters[2].value.withUnsafeMutablePointer { moving in
                for c in 0..<channels { moving[c] = moving[c] * momentum + mean[c] * (1 - momentum) }
            }
            parameters[3].value.withUnsafeMutablePointer { moving in
                for c in 0..<channels { moving[c] = moving[c] * momentum + variance[c] * (1 - momentum) }
            }
        } else {
            mean = parameters[2].value.scalars
            variance = parameters[3].value.scalars
        }
        let inverse = variance.map { 1 / ($0 + epsilon).squareRoot() }
        let gamma = parameters[0].value.scalars, beta = parameters[1].value.scalars, centre = mean
        var normal = Tensor(shape: context.training ? input.shape : [0])
        var result = Tensor(shape: input.shape)
        let keep = context.training
        let constants = ChannelConstants([centre, inverse, gamma, beta])
        input.withUnsafePointer { x in
            normal.withUnsafeMutablePointer { n in
                result.withUnsafeMutablePointer { y in
                    let (x, n, y) = (SharedPointer(UnsafeMutablePointer(mutating: x)), SharedPointer(n), SharedPointer(y))
                    let (m, s, g, b) = (constants.row(0), constants.row(1), constants.row(2), constants.row(3))
                    Parallel.run(workers: workers) { worker in
                        for row in Parallel.part(worker, of: workers, count: rows) {
                            let (input, normal, output) = (x.base + row * channels, n.base + row * channels, y.base + row * channels)
                            for c in 0..<channels {
                                let value = (input[c] - m.base[c]) * s.base[c]
                                if keep { normal[c] = value }
                                output[c] = value * g.base[c] + b.base[c]
                            }
                        }
                    }
                }
            }
        }
        if context.training {
            normalised = normal
            inverseDeviation = inverse
            self.workers = workers
        }
        return result
    }

    public func backward(_ outputGradient: Tensor, needsInputGradient: Bool) -> Tensor {
        let channels = outputGradient.shape.last ?? 1, rows = outputGradient.count / channels
        let workers = self.workers
        let sums = outputGradient.withUnsafePointer { dy in
            normalised.withUnsafePointer { n in Self.columnSums(dy, n, rows: rows, channels: channels, workers: workers) }
        }
        let sumGradient = sums.first.map(Float.init), sumProduct = sums.second.map(Float.init)
        parameters[0].gradient.withUnsafeMutablePointer { dGamma in for c in 0..<channels { dGamma[c] += sumProduct[c] } }
        parameters[1].gradient.withUnsafeMutablePointer { dBeta in for c in 0..<channels { dBeta[c] += sumGradient[c] } }
        guard needsInputGradient else { return Tensor(shape: [0]) }
        let gamma = parameters[0].value.scalars, count = Float(rows)
        let scale = (0..<channels).map { gamma[$0] * inverseDeviation[$0] / count }
        let constants = ChannelConstants([scale, sumGradient, sumProduct])
        var inputGradient = Tensor(shape: outputGradient.shape)
        inputGradient.withUnsafeMutablePointer { dx in
            outputGradient.withUnsafePointer { dy in
                normalised.withUnsafePointer { n in
                    let (dx, dy, n) = (SharedPointer(dx), SharedPointer(UnsafeMutablePointer(mutating: dy)), SharedPointer(UnsafeMutablePointer(mutating: n)))
                    let (k, sg, sp) = (constants.row(0), constants.row(1), constants.row(2))
                    Parallel.run(workers: workers) { worker in
                        for row in Parallel.part(worker, of: workers, count: rows) {
                            let (gradient, output, normal) = (dx.base + row * channels, dy.base + row * channels, n.base + row * channels)
                            for c in 0..<channels {
                                gradient[c] = k.base[c] * (count * output[c] - sg.base[c] - normal[c] * sp.base[c])
                            }
                        }
                    }
                }
            }
        }
        return inputGradient
    }

    /// Per-channel sums of `a` and of `a · b` (or `a²` when `b` is nil) over all rows, accumulated per worker
    /// in Double and combined in worker order.
    private static func columnSums(
        _ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>?, rows: Int, channels: Int, workers: Int
    ) -> (first: [Double], second: [Double]) {
        let partial = UnsafeMutablePointer<Double>.allocate(capacity: 2 * channels * workers)
        partial.initialize(repeating: 0, count: 2 * channels * workers)
        defer { partial.deallocate() }
        let (shared, a, b) = (SharedPointer(partial), SharedPointer(UnsafeMutablePointer(mutating: a)), b.map { SharedPointer(UnsafeMutablePointer(mutating: $0)) })
        Parallel.run(workers: workers) { worker in
            let first = shared.base + 2 * channels * worker, second = first + channels
            for row in Parallel.part(worker, of: workers, count: rows) {
                let values = a.base + row * channels
                if let b {
                    let others = b.base + row * channels
                    for c in 0..<channels {
                        first[c] += Double(values[c])
                        second[c] += Double(values[c]) * Double(others[c])
                    }
                } else {
                    for c in 0..<channels {
                        first[c] += Double(values[c])
                        second[c] += Double(values[c]) * Double(values[c])
                    }
                }
            }
        }
        var first = [Double](repeating: 0, count: channels), second = first
        for worker in 0..<workers {
            for c in 0..<channels {
                first[c] += partial[2 * channels * worker + c]
                second[c] += partial[2 * channels * worker + channels + c]
            }
        }
        return (first, second)
    }
}

private func pow2(_ x: Double) -> Double { x * x }

/// Per-channel constants in one raw buffer, for tight loops on worker threads; freed with the value.
final class ChannelConstants: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<Float>
    private let channels: Int

    init(_ rows: [[Float]]) {
        channels = rows.first?.count ?? 0
        storage = .allocate(capacity: max(1, rows.count * channels))
        for (index, row) in rows.enumerated() { (storage + index * channels).initialize(from: row, count: channels) }
    }

    deinit { storage.deallocate() }

    /// The `index`-th list of constants.
    func row(_ index: Int) -> SharedPointer<Float> { SharedPointer(storage + index * channels) }
}
