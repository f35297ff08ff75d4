import Randomness
import Tensors

/// The element-wise activations shared by layers, on raw buffers.
enum Activations {
    /// Replaces negative values with zero, in place.
    static func relu(_ values: UnsafeMutablePointer<Float>, count: Int) {
        for index in 0..<count { values[index] = max(values[index], 0) }
    }

    /// Zeroes the gradient wherever the ReLU's output was zero (the input was not positive).
    static func reluBackward(_ gradient: inout Tensor, output: Tensor) {
        let count = gradient.count
        gradient.withUnsafeMutablePointer { g in
            output.withUnsafePointer { y in
                for index in 0..<count where y[index] <= 0 { g[index] = 0 }
            }
        }
    }
}

/// A standalone ReLU layer, for stacks where the activation does not follow a Dense or Conv2D layer.
public final class ReLU: Layer {
    public var name = "re_lu"
    public let kind = "ReLU"
    public let parameters: [Parameter] = []
    private var output = Tensor(shape: [0])

    public init() {}

    public func outputShape(for inputShape: [Int]) throws(ModelError) -> [Int] { inputShape }

    public func build(inputShape: [Int], generator: inout SeededGenerator) {}

    public func forward(_ input: Tensor, context: inout ForwardContext) -> Tensor {
        var result = input
        let count = result.count
        result.withUnsafeMutablePointer { Activations.relu($0, count: count) }
        if context.training { output = result }
        return result
    }

    public func backward(_ outputGradient: Tensor, needsInputGradient: Bool) -> Tensor {
        var gradient = outputGradient
        Activations.reluBackward(&gradient, output: output)
        return gradient
    }
}
