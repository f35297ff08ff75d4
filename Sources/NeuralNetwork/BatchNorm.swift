import Randomness
import Tensors

/// Batch normalisation over the last axis (channels of NHWC images, or features), as Keras's
/// BatchNormalization: trainable gamma and beta, non-trainable moving mean and variance
/// (momentum 0.99, epsilon 0.001, biased batch variance).
public final class BatchNorm: Layer {
    public var name = "batch_normalization"
    public let kind = "BatchNormalization"
    public let momentum: Float = 0.99
    public let epsilon: Float = 0.001
    public private(set) var parameters: [Parameter] = []
    private var normalised = Tensor(shape: [0])
    private var inverseDeviation: [Float] = []

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
        var mean = [Float](repeating: 0, count: channels), variance = [Float](repeating: 0, count: channels)
        if context.training {
            input.withUnsafePointer { x in
                var sum = [Double](repeating: 0, count: channels), squares = [Double](repeating: 0, count: channels)
                for row in 0..<rows {
                    for c in 0..<channels {
                        let value = Double(x[row * channels + c])
                        sum[c] += value
                        squares[c] += value * value
                    }
                }
                for c in 0..<channels {
                    let m = sum[c] / Double(rows)
                    mean[c] = Float(m)
                    variance[c] = Float(max(0, squares[c] / Double(rows) - m * m))
                }
            }
            parameters[2].value.withUnsafeMutablePointer { movingMean in
                for c in 0..<channels { movingMean[c] = movingMean[c] * momentum + mean[c] * (1 - momentum) }
            }
            parameters[3].value.withUnsafeMutablePointer { movingVariance in
                for c in 0..<channels { movingVariance[c] = movingVariance[c] * momentum + variance[c] * (1 - momentum) }
            }
        } else {
            mean = parameters[2].value.scalars
            variance = parameters[3].value.scalars
        }
        let inverse = variance.map { 1 / ($0 + epsilon).squareRoot() }
        let gamma = parameters[0].value.scalars, beta = parameters[1].value.scalars
        var normal = Tensor(shape: input.shape)
        var result = Tensor(shape: input.shape)
        input.withUnsafePointer { x in
            normal.withUnsafeMutablePointer { n in
                result.withUnsafeMutablePointer { y in
                    for row in 0..<rows {
                        for c in 0..<channels {
                            let index = row * channels + c
                            n[index] = (x[index] - mean[c]) * inverse[c]
                            y[index] = n[index] * gamma[c] + beta[c]
                        }
                    }
                }
            }
        }
        if context.training {
            normalised = normal
            inverseDeviation = inverse
        }
        return result
    }

    public func backward(_ outputGradient: Tensor, needsInputGradient: Bool) -> Tensor {
        let channels = outputGradient.shape.last ?? 1, rows = outputGradient.count / channels
        var sumGradient = [Float](repeating: 0, count: channels), sumProduct = [Float](repeating: 0, count: channels)
        outputGradient.withUnsafePointer { dy in
            normalised.withUnsafePointer { n in
                for row in 0..<rows {
                    for c in 0..<channels {
                        sumGradient[c] += dy[row * channels + c]
                        sumProduct[c] += dy[row * channels + c] * n[row * channels + c]
                    }
                }
            }
        }
        parameters[0].gradient.withUnsafeMutablePointer { dGamma in for c in 0..<channels { dGamma[c] += sumProduct[c] } }
        parameters[1].gradient.withUnsafeMutablePointer { dBeta in for c in 0..<channels { dBeta[c] += sumGradient[c] } }
        guard needsInputGradient else { return Tensor(shape: [0]) }
        let gamma = parameters[0].value.scalars, count = Float(rows)
        var inputGradient = Tensor(shape: outputGradient.shape)
        inputGradient.withUnsafeMutablePointer { dx in
            outputGradient.withUnsafePointer { dy in
                normalised.withUnsafePointer { n in
                    for row in 0..<rows {
                        for c in 0..<channels {
                            let index = row * channels + c
                            let scale = gamma[c] * inverseDeviation[c] / count
                            dx[index] = scale * (count * dy[index] - sumGradient[c] - n[index] * sumProduct[c])
                        }
                    }
                }
            }
        }
        return inputGradient
    }
}
