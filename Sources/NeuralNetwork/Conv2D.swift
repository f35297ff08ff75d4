import Randomness
import Tensors

/// A stride-1 2D convolution over NHWC batches: kernel (height, width, in, out) and bias (out), as in Keras.
///
/// Each worker thread takes a contiguous share of the batch and, chunk by chunk, copies the patches (im2col)
/// and multiplies them by the kernel with single-threaded sgemm, so every core does whole, cache-sized pieces
/// of work. Weight gradients are summed per worker and then added in worker order, so the result depends only
/// on the worker count.
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
    private var workers = 1
    private var scratch: [ConvolutionScratch] = []
    /// The number of patch rows multiplied at a time.
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

    /// One scratch area per worker, created on first use.
    private func scratchAreas(_ count: Int) -> [ConvolutionScratch] {
        while scratch.count < count { scratch.append(ConvolutionScratch()) }
        return Array(scratch.prefix(count))
    }

    public func forward(_ input: Tensor, context: inout ForwardContext) -> Tensor {
        guard let geometry else { return input }
        let batch = input.shape[0], k = geometry.patchSize, positions = geometry.positions, filters = filters
        let workers = max(1, min(context.workers, batch))
        let perChunk = max(1, rowsPerChunk / max(1, positions))
        let areas = scratchAreas(workers)
        let relu = activation == .relu
        var result = Tensor(shape: [batch, geometry.outputHeight, geometry.outputWidth, filters])
        let kernel = parameters[0].value, bias = parameters[1].value
        result.withUnsafeMutablePointer { outputBase in
            let y = SharedPointer(outputBase)
            input.withUnsafePointer { x in
                kernel.withUnsafePointer { w in
                    bias.withUnsafePointer { b in
                        let (x, w, b) = (SharedPointer(UnsafeMutablePointer(mutating: x)), SharedPointer(UnsafeMutablePointer(mutating: w)),
                                         SharedPointer(UnsafeMutablePointer(mutating: b)))
                        Parallel.run(workers: workers) { worker in
                            let share = Parallel.part(worker, of: workers, count: batch)
                            for first in stride(from: share.lowerBound, to: share.upperBound, by: perChunk) {
                                let count = min(perChunk, share.upperBound - first), rows = count * positions
                                let patches = areas[worker].patches.buffer(count: rows * k)
                                geometry.im2col(x.base + first * geometry.imageSize, count: count, into: patches)
                                let out = y.base + first * positions * filters
                                for row in 0..<rows { (out + row * filters).update(from: b.base, count: filters) }
                                BLAS.gemm(.none, .none, m: rows, n: filters, k: k, a: patches, lda: k, b: w.base, ldb: filters,
                                          beta: 1, c: out, ldc: filters)
                                if relu { Activations.relu(out, count: rows * filters) }
                            }
                        }
                    }
                }
            }
        }
        if context.training {
            self.input = input
            self.output = result
            self.workers = workers
        }
        return result
    }

    public func backward(_ outputGradient: Tensor, needsInputGradient: Bool) -> Tensor {
        guard let geometry else { return outputGradient }
        let batch = input.shape[0], k = geometry.patchSize, positions = geometry.positions, filters = filters
        let workers = self.workers, perChunk = max(1, rowsPerChunk / max(1, positions))
        let areas = scratchAreas(workers)
        let relu = activation == .relu
        var gradient = outputGradient
        var inputGradient = needsInputGradient ? Tensor(shape: input.shape) : Tensor(shape: [0])
        let kernel = parameters[0].value
        for area in areas { area.clearGradients(kernel: kernel.count, bias: filters) }
        gradient.withUnsafeMutablePointer { dyBase in
            inputGradient.withUnsafeMutablePointer { dxBase in
                input.withUnsafePointer { x in
                    output.withUnsafePointer { yOut in
                        kernel.withUnsafePointer { w in
                            let dy = SharedPointer(dyBase), dx = SharedPointer(dxBase)
                            let (x, y, w) = (SharedPointer(UnsafeMutablePointer(mutating: x)), SharedPointer(UnsafeMutablePointer(mutating: yOut)),
                                             SharedPointer(UnsafeMutablePointer(mutating: w)))
                            Parallel.run(workers: workers) { worker in
                                let area = areas[worker]
                                let share = Parallel.part(worker, of: workers, count: batch)
                                for first in stride(from: share.lowerBound, to: share.upperBound, by: perChunk) {
                                    let count = min(perChunk, share.upperBound - first), rows = count * positions
                                    let dyChunk = dy.base + first * positions * filters
                                    if relu {
                                        let yChunk = y.base + first * positions * filters
                                        for index in 0..<(rows * filters) where yChunk[index] <= 0 { dyChunk[index] = 0 }
                                    }
                                    let db = area.biasGradient.pointer
                                    for row in 0..<rows { for f in 0..<filters { db[f] += dyChunk[row * filters + f] } }
                                    let patches = area.patches.buffer(count: rows * k)
                                    geometry.im2col(x.base + first * geometry.imageSize, count: count, into: patches)
                                    BLAS.gemm(.transposed, .none, m: k, n: filters, k: rows, a: patches, lda: k, b: dyChunk, ldb: filters,
                                              beta: 1, c: area.kernelGradient.pointer, ldc: filters)
                                    guard needsInputGradient else { continue }
                                    let patchGradients = area.patchGradients.buffer(count: rows * k)
                                    BLAS.gemm(.none, .transposed, m: rows, n: k, k: filters, a: dyChunk, lda: filters, b: w.base, ldb: filters,
                                              c: patchGradients, ldc: k)
                                    geometry.col2im(patchGradients, count: count, addingInto: dx.base + first * geometry.imageSize)
                                }
                            }
                        }
                    }
                }
            }
        }
        parameters[0].gradient.withUnsafeMutablePointer { dw in
            for area in areas { for index in 0..<kernel.count { dw[index] += area.kernelGradient.pointer[index] } }
        }
        parameters[1].gradient.withUnsafeMutablePointer { db in
            for area in areas { for f in 0..<filters { db[f] += area.biasGradient.pointer[f] } }
        }
        return inputGradient
    }
}

/// One worker's buffers for a convolution: patches, their gradients, and partial weight gradients.
final class ConvolutionScratch: @unchecked Sendable {
    let patches = Workspace()
    let patchGradients = Workspace()
    let kernelGradient = Workspace()
    let biasGradient = Workspace()

    /// Zeroes the partial gradients, sized for `kernel` and `bias` elements.
    func clearGradients(kernel: Int, bias: Int) {
        kernelGradient.buffer(count: kernel).update(repeating: 0, count: kernel)
        biasGradient.buffer(count: bias).update(repeating: 0, count: bias)
    }
}
