import Randomness
import Tensors

/// Inverted dropout: in training, zeroes each value with probability `rate` and scales the rest by 1/(1-rate).
public final class Dropout: Layer {
    public var name = "dropout"
    public let kind = "Dropout"
    public let rate: Float
    public let parameters: [Parameter] = []
    private var mask = Tensor(shape: [0])

    public init(rate: Float) {
        self.rate = rate
    }

    public func outputShape(for inputShape: [Int]) throws(ModelError) -> [Int] {
        guard rate >= 0, rate < 1 else { throw ModelError("\(name) (Dropout): the rate must be in [0, 1), got \(rate)") }
        return inputShape
    }

    public func build(inputShape: [Int], generator: inout SeededGenerator) {}

    public func forward(_ input: Tensor, context: inout ForwardContext) -> Tensor {
        guard context.training, rate > 0 else { return input }
        let scale = 1 / (1 - rate), count = input.count
        var mask = Tensor(shape: input.shape)
        var result = input
        mask.withUnsafeMutablePointer { m in
            for index in 0..<count { m[index] = context.generator.uniformFloat() >= rate ? scale : 0 }
            result.withUnsafeMutablePointer { y in for index in 0..<count { y[index] *= m[index] } }
        }
        self.mask = mask
        return result
    }

    public func backward(_ outputGradient: Tensor, needsInputGradient: Bool) -> Tensor {
        guard rate > 0 else { return outputGradient }
        var gradient = outputGradient
        let count = gradient.count
        gradient.withUnsafeMutablePointer { g in
            mask.withUnsafePointer { m in for index in 0..<count { g[index] *= m[index] } }
        }
        return gradient
    }
}
