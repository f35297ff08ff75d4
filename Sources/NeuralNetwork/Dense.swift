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
    private var workers = 1

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
        let batch = input.shape[0], inputs = input.count / max(batch, 1), units = units
        let workers = max(1, min(context.workers, batch))
        let kernel = parameters[0].value, bias = parameters[1].value
        let result = Tensor(shape: [batch, units], writingEveryElement: { yBase in
            bias.withUnsafePointer { b in
                for row in 0..<batch { (yBase + row * units).update(from: b, count: units) }
            }
            input.withUnsafePointer { xBase in
                kernel.withUnsafePointer { wBase in
                    let (x, w, y) = (SharedPointer(UnsafeMutablePointer(mutating: xBase)), SharedPointer(UnsafeMutablePointer(mutating: wBase)), SharedPointer(yBase))
                    Parallel.run(workers: workers) { worker in
                        let rows = Parallel.part(worker, of: workers, count: batch)
                        BLAS.gemm(.none, .none, m: rows.count, n: units, k: inputs, a: x.base + rows.lowerBound * inputs, lda: inputs,
                                  b: w.base, ldb: units, beta: 1, c: y.base + rows.lowerBound * units, ldc: units)
                    }
                }
            }
            if activation == .relu { Activations.relu(yBase, count: batch * units) }
        })
        if context.training {
            self.input = input
            self.output = result
            self.workers = workers
        }
        return result
    }

    /// Weight gradients are split by input rows and input gradients by input columns, so each worker writes its own part.
    public func backward(_ outputGradient: Tensor, needsInputGradient: Bool) -> Tensor {
        let batch = input.shape[0], inputs = input.count / max(batch, 1), units = units, workers = self.workers
        var gradient = outputGradient
        if activation == .relu { Activations.reluBackward(&gradient, output: output) }
        var inputGradient = needsInputGradient ? Tensor(shape: input.shape) : Tensor(shape: [0])
        let kernel = parameters[0].value
        gradient.withUnsafePointer { dyBase in
            parameters[1].gradient.withUnsafeMutablePointer { db in
                for row in 0..<batch { for unit in 0..<units { db[unit] += dyBase[row * units + unit] } }
            }
            input.withUnsafePointer { xBase in
                kernel.withUnsafePointer { wBase in
                    parameters[0].gradient.withUnsafeMutablePointer { dwBase in
                        inputGradient.withUnsafeMutablePointer { dxBase in
                            let (dy, x, w) = (SharedPointer(UnsafeMutablePointer(mutating: dyBase)), SharedPointer(UnsafeMutablePointer(mutating: xBase)),
                                              SharedPointer(UnsafeMutablePointer(mutating: wBase)))
                            let (dw, dx) = (SharedPointer(dwBase), SharedPointer(dxBase))
                            Parallel.run(workers: workers) { worker in
                                let part = Parallel.part(worker, of: workers, count: inputs)
                                guard !part.isEmpty else { return }
                                BLAS.gemm(.transposed, .none, m: part.count, n: units, k: batch, a: x.base + part.lowerBound, lda: inputs,
                                          b: dy.base, ldb: units, beta: 1, c: dw.base + part.lowerBound * units, ldc: units)
                                guard needsInputGradient else { return }
                                BLAS.gemm(.none, .transposed, m: batch, n: part.count, k: units, a: dy.base, lda: units,
                                          b: w.base + part.lowerBound * units, ldb: units, c: dx.base + part.lowerBound, ldc: inputs)
                            }
                        }
                    }
                }
            }
        }
        return inputGradient
    }
}
