import Randomness
import Tensors

/// Max pooling over non-overlapping windows (pool size = stride, 'valid' padding), as Keras's default.
public final class MaxPool2D: Layer {
    public var name = "max_pooling2d"
    public let kind = "MaxPooling2D"
    public let poolSize: Int
    public let parameters: [Parameter] = []
    private var inputShape: [Int] = []
    /// For each output element, the flat index of the input element that won.
    private var winners: [Int32] = []

    public init(poolSize: Int = 2) {
        self.poolSize = poolSize
    }

    public func outputShape(for inputShape: [Int]) throws(ModelError) -> [Int] {
        guard inputShape.count == 3 else { throw ModelError("\(name) (MaxPooling2D) needs an image input, got \(inputShape)") }
        guard inputShape[0] >= poolSize, inputShape[1] >= poolSize else {
            throw ModelError("\(name) (MaxPooling2D): a \(poolSize)x\(poolSize) pool does not fit a \(inputShape[0])x\(inputShape[1]) input")
        }
        return [inputShape[0] / poolSize, inputShape[1] / poolSize, inputShape[2]]
    }

    public func build(inputShape: [Int], generator: inout SeededGenerator) {}

    public func forward(_ input: Tensor, context: inout ForwardContext) -> Tensor {
        let (batch, height, width, channels) = (input.shape[0], input.shape[1], input.shape[2], input.shape[3])
        let (outHeight, outWidth) = (height / poolSize, width / poolSize)
        var result = Tensor(shape: [batch, outHeight, outWidth, channels])
        var winners = [Int32](repeating: 0, count: context.training ? result.count : 0)
        let pool = poolSize
        input.withUnsafePointer { x in
            result.withUnsafeMutablePointer { y in
                winners.withUnsafeMutableBufferPointer { won in
                    var out = 0
                    for n in 0..<batch {
                        for oy in 0..<outHeight {
                            for ox in 0..<outWidth {
                                for c in 0..<channels {
                                    var best = -Float.infinity, bestIndex = 0
                                    for dy in 0..<pool {
                                        for dx in 0..<pool {
                                            let index = ((n * height + oy * pool + dy) * width + ox * pool + dx) * channels + c
                                            if x[index] > best { best = x[index]; bestIndex = index }
                                        }
                                    }
                                    y[out] = best
                                    if !won.isEmpty { won[out] = Int32(bestIndex) }
                                    out += 1
                                }
                            }
                        }
                    }
                }
            }
        }
        if context.training {
            self.inputShape = input.shape
            self.winners = winners
        }
        return result
    }

    public func backward(_ outputGradient: Tensor, needsInputGradient: Bool) -> Tensor {
        guard needsInputGradient else { return Tensor(shape: [0]) }
        var inputGradient = Tensor(shape: inputShape)
        inputGradient.withUnsafeMutablePointer { dx in
            outputGradient.withUnsafePointer { dy in
                for (out, index) in winners.enumerated() { dx[Int(index)] += dy[out] }
            }
        }
        return inputGradient
    }
}
