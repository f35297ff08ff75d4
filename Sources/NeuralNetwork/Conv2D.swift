import Randomness
import Tensors

/// A stride-1 2D convolution over NHWC batches: kernel (height, width, in, out) and bias (out), as in Keras.
///
/// Computed as im2col followed by one matrix product per chunk of images, with the chunk sized so that
/// the patch matrix stays in cache.
public final class Conv2D: Layer {
    public var name = "conv2d"
    public let kind = "Conv2D"
    public let filters: Int
    public let kernelSize: Int
    public let samePadding: Bool
    public let activation: Activation
    public private(set) var parameters: [Parameter] = []
    private var geometry: ConvolutionGeometry?
    private var input = Tensor(shape: [0])
    private var output = Tensor(shape: [0])
    private let patches = Workspace()
    private let patchGradients = Workspace()
    /// The number of patch rows processed per matrix product.
    private let rowsPerChunk = 4_096

    public init(filters: Int, kernelSize: Int, samePadding: Bool = false, activation: Activation = .linear) {
        self.filters = filters
        self.kernelSize = kernelSize
        self.samePadding = samePadding
        self.activation = activation
    }

    public func outputShape(for inputShape: [Int]) throws(ModelError) -> [Int] {
        guard inputShape.count == 3 else { throw ModelError("\(name) (Conv2D) needs an image input (height, width, channels), got \(inputShape)") }
        let geometry = makeGeometry(inputShape)
        guard geometry.outputHeight > 0, geometry.outputWidth > 0 else {
            throw ModelError("\(name) (Conv2D): a \(kernelSize)x\(kernelSize) kernel does not fit a \(inputShape[0])x\(inputShape[1]) input")
        }
        return [geometry.outputHeight, geometry.outputWidth, filters]
    }

    public func build(inputShape: [Int], generator: inout SeededGenerator) {
        let channels = inputShape[2], area = kernelSize * kernelSize
        geometry = makeGeometry(inputShape)
        parameters = [
            Parameter(name: "kernel", value: GlorotUniform.tensor(
                shape: [kernelSize, kernelSize, channels, filters], fanIn: area * channels, fanOut: area * filters, generator: &generator)),
            Parameter(name: "bias", value: Tensor(shape: [filters])),
        ]
    }

    private func makeGeometry(_ shape: [Int]) -> ConvolutionGeometry {
        ConvolutionGeometry(height: shape[0], width: shape[1], channels: shape[2],
                            kernelHeight: kernelSize, kernelWidth: kernelSize, samePadding: samePadding)
    }

    private var imagesPerChunk: Int {
        guard let geometry else { return 1 }
        return max(1, rowsPerChunk / max(1, geometry.positions))
    }

    public func forward(_ input: Tensor, context: inout ForwardContext) -> Tensor {
        guard let geometry else { return input }
        let batch = input.shape[0], k = geometry.patchSize, positions = geometry.positions
        var result = Tensor(shape: [batch, geometry.outputHeight, geometry.outputWidth, filters])
        let kernel = parameters[0].value, bias = parameters[1].value
        result.withUnsafeMutablePointer { y in
            bias.withUnsafePointer { b in
                for row in 0..<(batch * positions) { (y + row * filters).update(from: b, count: filters) }
            }
            input.withUnsafePointer { x in
                kernel.withUnsafePointer { w in
                    for first in stride(from: 0, to: batch, by: imagesPerChunk) {
                        let count = min(imagesPerChunk, batch - first), rows = count * positions
                        let p = patches.buffer(count: rows * k)
                        geometry.im2col(x + first * geometry.imageSize, count: count, into: p)
                        BLAS.gemm(.none, .none, m: rows, n: filters, k: k, a: p, lda: k, b: w, ldb: filters,
                                  beta: 1, c: y + first * positions * filters, ldc: filters)
                    }
                }
            }
            if activation == .relu { Activations.relu(y, count: batch * positions * filters) }
        }
        if context.training {
            self.input = input
            self.output = result
        }
        return result
    }

    public func backward(_ outputGradient: Tensor, needsInputGradient: Bool) -> Tensor {
        guard let geometry else { return outputGradient }
        let batch = input.shape[0], k = geometry.patchSize, positions = geometry.positions
        var gradient = outputGradient
        if activation == .relu { Activations.reluBackward(&gradient, output: output) }
        var inputGradient = needsInputGradient ? Tensor(shape: input.shape) : Tensor(shape: [0])
        let kernel = parameters[0].value
        gradient.withUnsafePointer { dy in
            parameters[1].gradient.withUnsafeMutablePointer { db in
                for row in 0..<(batch * positions) { for f in 0..<filters { db[f] += dy[row * filters + f] } }
            }
            input.withUnsafePointer { x in
                parameters[0].gradient.withUnsafeMutablePointer { dw in
                    kernel.withUnsafePointer { w in
                        inputGradient.withUnsafeMutablePointer { dx in
                            for first in stride(from: 0, to: batch, by: imagesPerChunk) {
                                let count = min(imagesPerChunk, batch - first), rows = count * positions
                                let dyChunk = dy + first * positions * filters
                                let p = patches.buffer(count: rows * k)
                                geometry.im2col(x + first * geometry.imageSize, count: count, into: p)
                                BLAS.gemm(.transposed, .none, m: k, n: filters, k: rows, a: p, lda: k, b: dyChunk, ldb: filters,
                                          beta: 1, c: dw, ldc: filters)
                                guard needsInputGradient else { continue }
                                let dp = patchGradients.buffer(count: rows * k)
                                BLAS.gemm(.none, .transposed, m: rows, n: k, k: filters, a: dyChunk, lda: filters, b: w, ldb: filters,
                                          c: dp, ldc: k)
                                geometry.col2im(dp, count: count, addingInto: dx + first * geometry.imageSize)
                            }
                        }
                    }
                }
            }
        }
        return inputGradient
    }
}
