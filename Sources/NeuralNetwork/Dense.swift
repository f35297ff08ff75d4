import Randomness
import Tensors

/// A fully connected layer: y = activation(x · kernel + bias), kernel (inputs, units) as in Keras.
public final class Dense: Layer {
    public var name = "dense"
    public let kind = "Dense"
    public let units: Int
    public let activation: Activation
    public private(set) var parameters: [Parameter] = []
    private var input = Tensor(shape: [0])
    private var output = Tensor(shape: [0])

    public init(units: Int, activation: Activation = .linear) {
        self.units = units
        self.activation = activation
    }

    public func outputShape(for inputShape: [Int]) throws(ModelError) -> [Int] {
        guard inputShape.count == 1 else {
            throw ModelError("\(name) (Dense) needs a flat input, got \(inputShape); add a flatten layer first")
        }
        return [units]
    }

    public func build(inputShape: [Int], generator: inout SeededGenerator) {
        let inputs = inputShape[0]
        parameters = [
            Parameter(name: "kernel", value: GlorotUniform.tensor(shape: [inputs, units], fanIn: inputs, fanOut: units, generator: &generator)),
            Parameter(name: "bias", value: Tensor(shape: [units])),
        ]
    }

    public func forward(_ input: Tensor, context: inout ForwardContext) -> Tensor {
        let batch = input.shape[0], inputs = input.count / max(batch, 1)
        var result = Tensor(shape: [batch, units])
        let kernel = parameters[0].value, bias = parameters[1].value
        result.withUnsafeMutablePointer { y in
            bias.withUnsafePointer { b in
                for row in 0..<batch { (y + row * units).update(from: b, count: units) }
            }
            input.withUnsafePointer { x in
                kernel.withUnsafePointer { w in
                    BLAS.gemm(.none, .none, m: batch, n: units, k: inputs, a: x, lda: inputs, b: w, ldb: units, beta: 1, c: y, ldc: units)
                }
            }
            if activation == .relu { Activations.relu(y, count: batch * units) }
        }
        if context.training {
            self.input = input
            self.output = result
        }
        return result
    }

    public func backward(_ outputGradient: Tensor, needsInputGradient: Bool) -> Tensor {
        let batch = input.shape[0], inputs = input.count / max(batch, 1)
        var gradient = outputGradient
        if activation == .relu { Activations.reluBackward(&gradient, output: output) }
        gradient.withUnsafePointer { dy in
            input.withUnsafePointer { x in
                parameters[0].gradient.withUnsafeMutablePointer { dw in
                    BLAS.gemm(.transposed, .none, m: inputs, n: units, k: batch, a: x, lda: inputs, b: dy, ldb: units, beta: 1, c: dw, ldc: units)
                }
            }
            parameters[1].gradient.withUnsafeMutablePointer { db in
                for row in 0..<batch { for unit in 0..<units { db[unit] += dy[row * units + unit] } }
            }
        }
        guard needsInputGradient else { return Tensor(shape: [0]) }
        var inputGradient = Tensor(shape: input.shape)
        let kernel = parameters[0].value
        inputGradient.withUnsafeMutablePointer { dx in
            gradient.withUnsafePointer { dy in
                kernel.withUnsafePointer { w in
                    BLAS.gemm(.none, .transposed, m: batch, n: inputs, k: units, a: dy, lda: units, b: w, ldb: units, c: dx, ldc: inputs)
                }
            }
        }
        return inputGradient
    }
}
