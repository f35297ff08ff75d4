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
        let pool = poolSize, record = context.training, workers = max(1, min(context.workers, batch))
        input.withUnsafePointer { xBase in
            result.withUnsafeMutablePointer { yBase in
                winners.withUnsafeMutableBufferPointer { wonBuffer in
                    let (x, y) = (SharedPointer(UnsafeMutablePointer(mutating: xBase)), SharedPointer(yBase))
                    let won = wonBuffer.baseAddress.map(SharedPointer.init)
                    Parallel.run(workers: workers) { worker in
                        for n in Parallel.part(worker, of: workers, count: batch) {
                            for oy in 0..<outHeight {
                                for ox in 0..<outWidth {
                                    let out = ((n * outHeight + oy) * outWidth + ox) * channels
                                    let corner = ((n * height + oy * pool) * width + ox * pool) * channels
                                    for c in 0..<channels { y.base[out + c] = x.base[corner + c] }
                                    if record, let won { for c in 0..<channels { won.base[out + c] = Int32(corner + c) } }
                                    for dy in 0..<pool {
                                        for dx in 0..<pool where dy > 0 || dx > 0 {
                                            let window = corner + (dy * width + dx) * channels
                                            for c in 0..<channels where x.base[window + c] > y.base[out + c] {
                                                y.base[out + c] = x.base[window + c]
                                                if record, let won { won.base[out + c] = Int32(window + c) }
                                            }
                                        }
                                    }
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
                winners.withUnsafeBufferPointer { won in
                    for out in won.indices { dx[Int(won[out])] += dy[out] }
                }
            }
        }
        return inputGradient
    }
}
