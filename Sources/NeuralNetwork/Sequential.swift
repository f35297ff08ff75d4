import Randomness
import Tensors

/// A stack of layers from an image input to class logits, built and initialised as Keras would.
public final class Sequential {
    /// The shape of one input example (height, width, channels).
    public let inputShape: [Int]
    public let layers: [any Layer]
    /// Each layer's output shape for one example.
    public let outputShapes: [[Int]]

    /// Names the layers Keras-style, checks that each accepts the previous output, and initialises the weights.
    public init(inputShape: [Int], layers: [any Layer], generator: inout SeededGenerator) throws(ModelError) {
        Self.assignNames(to: layers)
        var shape = inputShape
        var shapes: [[Int]] = []
        for layer in layers {
            let output = try layer.outputShape(for: shape)
            layer.build(inputShape: shape, generator: &generator)
            shapes.append(output)
            shape = output
        }
        guard shape.count == 1 else { throw ModelError("the model must end in a flat output (a dense layer), got \(shape)") }
        self.inputShape = inputShape
        self.layers = layers
        self.outputShapes = shapes
    }

    /// Names layers as Keras does: the first of a kind by its base name ("conv2d"), later ones numbered ("conv2d_1").
    static func assignNames(to layers: [any Layer]) {
        var counts: [String: Int] = [:]
        for layer in layers {
            let base = layer.name
            let seen = counts[base, default: 0]
            counts[base] = seen + 1
            layer.name = seen == 0 ? base : "\(base)_\(seen)"
        }
    }

    /// The number of classes the model predicts.
    public var classCount: Int { outputShapes.last?.first ?? 0 }

    /// Every weight, layer by layer in Keras's order.
    public var parameters: [Parameter] { layers.flatMap(\.parameters) }

    /// The logits for a batch (batch, height, width, channels).
    public func forward(_ input: Tensor, context: inout ForwardContext) -> Tensor {
        var activations = input
        for layer in layers { activations = layer.forward(activations, context: &context) }
        return activations
    }

    /// Back-propagates d(loss)/d(logits), accumulating every parameter's gradient.
    public func backward(_ logitsGradient: Tensor) {
        var gradient = logitsGradient
        for (index, layer) in layers.enumerated().reversed() {
            gradient = layer.backward(gradient, needsInputGradient: index > 0)
        }
    }

    /// Sets every gradient to zero before a new batch.
    public func zeroGradients() {
        for parameter in parameters {
            let count = parameter.gradient.count
            parameter.gradient.withUnsafeMutablePointer { $0.update(repeating: 0, count: count) }
        }
    }

    /// The most examples an inference pass takes at once: larger batches are split, which keeps activations
    /// in cache and changes nothing in the result (inference treats every example on its own).
    public static let inferenceChunk = 32

    /// Class probabilities for a batch, in inference mode, shared among `workers` threads.
    public func probabilities(_ input: Tensor, workers: Int = 1) -> Tensor {
        let count = input.shape[0], size = input.count / max(count, 1)
        var result = Tensor(shape: [count, classCount])
        let classes = classCount
        for first in stride(from: 0, to: count, by: Self.inferenceChunk) {
            let rows = min(Self.inferenceChunk, count - first)
            var chunk = Tensor(shape: [rows] + Array(input.shape.dropFirst()))
            chunk.withUnsafeMutablePointer { target in
                input.withUnsafePointer { source in target.update(from: source + first * size, count: rows * size) }
            }
            var context = ForwardContext(training: false, workers: workers)
            let probabilities = SoftmaxCrossEntropy.softmax(forward(chunk, context: &context))
            result.withUnsafeMutablePointer { target in
                probabilities.withUnsafePointer { source in (target + first * classes).update(from: source, count: rows * classes) }
            }
        }
        return result
    }
}
