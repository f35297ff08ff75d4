import Foundation
import NeuralNetwork
import Randomness
import Runs
import Tensors

/// Measures training and inference speed of a model on MNIST-shaped random data, and sgemm for reference.
public struct Benchmark {
    /// Time spent in one layer per batch, forward and backward.
    public struct LayerTiming: Sendable {
        public let name: String
        public let forwardSeconds: Double
        public let backwardSeconds: Double
    }

    /// Training speed at one batch size.
    public struct TrainingSpeed: Sendable {
        public let batchSize: Int
        public let imagesPerSecond: Double
        /// Useful floating-point operations per second (forward and backward matrix work of every layer).
        public let gigaflops: Double
        public let layers: [LayerTiming]
    }

    public let spec: ModelSpec
    public let seed: UInt64
    public let threads: Int

    public init(spec: ModelSpec, seed: UInt64 = 0, threads: Int = 1) {
        self.spec = spec
        self.seed = seed
        self.threads = threads
        MemoryTuning.keepLargeBuffers()
    }

    /// Trains on `batches` random batches (after two warm-up batches) and times every layer.
    public func training(batchSize: Int, batches: Int) throws(ModelError) -> TrainingSpeed {
        var generator = SeededGenerator(seed: seed)
        let model = try spec.build(inputShape: [28, 28, 1], classCount: 10, generator: &generator)
        let optimizer = Adam()
        var context = ForwardContext(training: true, generator: generator.split(), workers: threads)
        var forward = [Double](repeating: 0, count: model.layers.count), backward = forward
        var total = 0.0
        for round in 0..<(batches + 2) {
            let input = Self.randomImages(batchSize, &generator)
            let labels = (0..<batchSize).map { _ in generator.uniformInteger(in: 0..<10) }
            let start = Date()
            model.zeroGradients()
            var activations = input
            for (index, layer) in model.layers.enumerated() {
                let t = Date()
                activations = layer.forward(activations, context: &context)
                if round >= 2 { forward[index] += Date().timeIntervalSince(t) }
            }
            var gradient = SoftmaxCrossEntropy.evaluate(logits: activations, labels: labels, gradient: true).gradient
            for (index, layer) in model.layers.enumerated().reversed() {
                let t = Date()
                gradient = layer.backward(gradient, needsInputGradient: index > 0)
                if round >= 2 { backward[index] += Date().timeIntervalSince(t) }
            }
            optimizer.step(model.parameters, learningRate: 0.001)
            if round >= 2 { total += Date().timeIntervalSince(start) }
        }
        let images = Double(batchSize * batches)
        let timings = model.layers.enumerated().map { index, layer in
            LayerTiming(name: "\(layer.name) (\(layer.kind))", forwardSeconds: forward[index] / Double(batches),
                        backwardSeconds: backward[index] / Double(batches))
        }
        return TrainingSpeed(batchSize: batchSize, imagesPerSecond: images / total,
                             gigaflops: Self.trainingFlops(model) * images / total / 1e9, layers: timings)
    }

    /// Images per second of inference over `count` images in batches of `batchSize` (Keras's predict uses 1,000
    /// here): the best of `repeats` passes, since other work on a shared machine only ever slows a pass down.
    public func inference(count: Int = 10_000, batchSize: Int = 1_000, repeats: Int = 3) throws(ModelError) -> Double {
        var generator = SeededGenerator(seed: seed)
        let model = try spec.build(inputShape: [28, 28, 1], classCount: 10, generator: &generator)
        let batches = (0..<(count / batchSize)).map { _ in Self.randomImages(batchSize, &generator) }
        _ = model.probabilities(batches[0], workers: threads)
        var best = 0.0
        for _ in 0..<max(1, repeats) {
            let start = Date()
            for batch in batches { _ = model.probabilities(batch, workers: threads) }
            best = max(best, Double(batches.count * batchSize) / Date().timeIntervalSince(start))
        }
        return best
    }

    /// The best GFLOP/s of square sgemm of side `size` on this machine with OpenBLAS on `threads` threads, for reference.
    public static func sgemmGigaflops(threads: Int, size: Int = 1_024, repeats: Int = 10) -> Double {
        BLAS.withThreads(threads) { sgemmGigaflops(size: size, repeats: repeats) }
    }

    /// The name of the OpenBLAS kernels this machine uses ("Haswell"), which a run's bits depend on.
    public static var kernels: String { BLAS.coreName }

    private static func sgemmGigaflops(size: Int, repeats: Int) -> Double {
        let a = [Float](repeating: 0.5, count: size * size), b = [Float](repeating: 0.25, count: size * size)
        var c = [Float](repeating: 0, count: size * size)
        var best = Double.infinity
        for _ in 0..<(repeats + 1) {
            let start = Date()
            a.withUnsafeBufferPointer { pa in
                b.withUnsafeBufferPointer { pb in
                    c.withUnsafeMutableBufferPointer { pc in
                        guard let a = pa.baseAddress, let b = pb.baseAddress, let c = pc.baseAddress else { return }
                        BLAS.gemm(.none, .none, m: size, n: size, k: size, a: a, lda: size, b: b, ldb: size, c: c, ldc: size)
                    }
                }
            }
            best = min(best, Date().timeIntervalSince(start))
        }
        return 2 * pow(Double(size), 3) / best / 1e9
    }

    /// Multiply-adds ×2 of one training example: forward, weight gradients, and input gradients past the first layer.
    static func trainingFlops(_ model: Sequential) -> Double {
        var flops = 0.0
        for (index, layer) in model.layers.enumerated() {
            let output = model.outputShapes[index]
            let weights = Double(layer.parameters.first { $0.name == "kernel" }?.value.count ?? 0)
            let positions = output.count == 3 ? Double(output[0] * output[1]) : 1
            let forward = 2 * weights * positions
            flops += forward * (index == 0 ? 2 : 3)
        }
        return flops
    }

    static func randomImages(_ count: Int, _ generator: inout SeededGenerator) -> Tensor {
        var input = Tensor(shape: [count, 28, 28, 1])
        input.withUnsafeMutablePointer { x in for index in 0..<(count * 784) { x[index] = generator.uniformFloat() } }
        return input
    }
}
