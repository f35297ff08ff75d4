import Randomness
import Tensors

/// Flattens each example to a vector (row-major, so NHWC images flatten as in Keras).
public final class Flatten: Layer {
    public var name = "flatten"
    public let kind = "Flatten"
    public let parameters: [Parameter] = []
    private var inputShape: [Int] = []

    public init() {}

    public func outputShape(for inputShape: [Int]) throws(ModelError) -> [Int] { [inputShape.reduce(1, *)] }

    public func build(inputShape: [Int], generator: inout SeededGenerator) {}

    public func forward(_ input: Tensor, context: inout ForwardContext) -> Tensor {
        if context.training { inputShape = input.shape }
        let batch = input.shape[0]
        return input.reshaped(to: [batch, input.count / max(batch, 1)])
    }

    public func backward(_ outputGradient: Tensor, needsInputGradient: Bool) -> Tensor {
        outputGradient.reshaped(to: inputShape)
    }
}
