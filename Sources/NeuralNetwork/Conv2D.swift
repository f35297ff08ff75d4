import Randomness
import Tensors

/// A stride-1 2D convolution over NHWC batches: kernel (height, width, in, out) and bias (out), as in Keras.
///
/// Each worker thread takes a contiguous share of the batch and works through it in cache-sized chunks with
/// single-threaded sgemm. 3x3 kernels over 8 or more input channels use Winograd's F(2x2, 3x3), which needs
/// 2.25 times fewer multiplications; other kernels copy patches (im2col) and multiply once. Weight gradients are
/// summed per worker and then added in worker order, so results depend only on the worker count.
public final class Conv2D: Layer {
    /// How the convolution is computed; `automatic` picks Winograd where it pays.
    public enum Algorithm: Sendable { case automatic, im2col, winograd }

    public var name = "conv2d"
    public let kind = "Conv2D"
    public let filters: Int
    public let kernelSize: Int
    public let samePadding: Bool
    public let activation: Activation
    public let algorithm: Algorithm
    public private(set) var parameters: [Parameter] = []
    private var geometry: ConvolutionGeometry?
    private var input = Tensor(shape: [0])
    private var output = Tensor(shape: [0])
    private var workers = 1
    private var scratch: [ConvolutionScratch] = []
    /// Winograd-transformed kernel, 16 matrices of (in x out), from the last forward pass.
    private let transformedKernel = Workspace()
    /// Winograd-transformed inputs of the last training batch, reused by the backward pass.
    private let keptTransforms = Workspace()
    private var keptValid = false
    /// Output positions (im2col) or tiles (Winograd) handled per chunk.
    private let rowsPerChunk = 4_096, tilesPerChunk = 1_024

    public init(filters: Int, kernelSize: Int, samePadding: Bool = false, activation: Activation = .linear, algorithm: Algorithm = .automatic) {
        self.filters = filters
        self.kernelSize = kernelSize
        self.samePadding = samePadding
        self.activation = activation
        self.algorithm = algorithm
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

    /// The Winograd plan, when this layer uses Winograd.
    private var winograd: WinogradConvolution? {
        guard let geometry, kernelSize == 3 else { return nil }
        switch algorithm {
        case .im2col: return nil
        case .winograd: break
        case .automatic: guard geometry.channels >= 8 else { return nil }
        }
        return WinogradConvolution(geometry: geometry, filters: filters)
    }

    /// Images per chunk: enough work for efficient products, small enough to stay in cache.
    private func imagesPerChunk(_ geometry: ConvolutionGeometry) -> Int {
        if let winograd { return max(1, tilesPerChunk / max(1, winograd.tilesPerImage)) }
        return max(1, rowsPerChunk / max(1, geometry.positions))
    }

    private func scratchAreas(_ count: Int) -> [ConvolutionScratch] {
        while scratch.count < count { scratch.append(ConvolutionScratch()) }
        return Array(scratch.prefix(count))
    }

    public func forward(_ input: Tensor, context: inout ForwardContext) -> Tensor {
        guard let geometry else { return input }
        let batch = input.shape[0], k = geometry.patchSize, positions = geometry.positions, filters = filters
        let workers = max(1, min(context.workers, batch)), perChunk = imagesPerChunk(geometry)
        let areas = scratchAreas(workers), relu = activation == .relu, winograd = winograd
        let kernel = parameters[0].value, bias = parameters[1].value
        let u = SharedPointer(transformedKernel.buffer(count: 16 * geometry.channels * filters))
        if let winograd { kernel.withUnsafePointer { winograd.transformKernel($0, into: u.base) } }
        let keep = winograd.flatMap { plan in context.training ? SharedPointer(keptTransforms.buffer(count: plan.keptSize(batch: batch))) : nil }
        keptValid = keep != nil
        let result = Tensor(shape: [batch, geometry.outputHeight, geometry.outputWidth, filters], writingEveryElement: { outputBase in
            input.withUnsafePointer { inputBase in
                kernel.withUnsafePointer { kernelBase in
                    bias.withUnsafePointer { biasBase in
                        let (y, x) = (SharedPointer(outputBase), SharedPointer(UnsafeMutablePointer(mutating: inputBase)))
                        let (w, b) = (SharedPointer(UnsafeMutablePointer(mutating: kernelBase)), SharedPointer(UnsafeMutablePointer(mutating: biasBase)))
                        Parallel.run(workers: workers) { worker in
                            let share = Parallel.part(worker, of: workers, count: batch)
                            for chunk in Parallel.chunks(of: share, maximum: perChunk) {
                                let (first, count) = (chunk.lowerBound, chunk.count)
                                let images = x.base + first * geometry.imageSize, out = y.base + first * positions * filters
                                if let winograd {
                                    winograd.forward(images, count: count, u: u.base, bias: b.base, relu: relu, output: out,
                                                     keep: keep.map { $0.base + winograd.keptOffset(first: first) },
                                                     scratch: areas[worker].winograd)
                                    continue
                                }
                                let rows = count * positions
                                let patches = areas[worker].patches.buffer(count: rows * k)
                                geometry.im2col(images, count: count, into: patches)
                                for row in 0..<rows { (out + row * filters).update(from: b.base, count: filters) }
                                BLAS.gemm(.none, .none, m: rows, n: filters, k: k, a: patches, lda: k, b: w.base, ldb: filters,
                                          beta: 1, c: out, ldc: filters)
                                if relu { Activations.relu(out, count: rows * filters) }
                            }
                        }
                    }
                }
            }
        })
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
        let workers = self.workers, perChunk = imagesPerChunk(geometry)
        let areas = scratchAreas(workers), relu = activation == .relu, winograd = winograd
        var gradient = outputGradient
        var inputGradient = needsInputGradient ? Tensor(shape: input.shape) : Tensor(shape: [0])
        let kernel = parameters[0].value
        let kernelGradientCount = winograd == nil ? kernel.count : 16 * geometry.channels * filters
        for area in areas { area.clearGradients(kernel: kernelGradientCount, bias: filters) }
        let u = SharedPointer(transformedKernel.buffer(count: 16 * geometry.channels * filters))
        let kept = keptValid ? SharedPointer(keptTransforms.pointer) : nil
        keptValid = false
        gradient.withUnsafeMutablePointer { dyBase in
            inputGradient.withUnsafeMutablePointer { dxBase in
                input.withUnsafePointer { inputBase in
                    output.withUnsafePointer { outputBase in
                        kernel.withUnsafePointer { kernelBase in
                            let (dy, dx) = (SharedPointer(dyBase), SharedPointer(dxBase))
                            let (x, y) = (SharedPointer(UnsafeMutablePointer(mutating: inputBase)), SharedPointer(UnsafeMutablePointer(mutating: outputBase)))
                            let w = SharedPointer(UnsafeMutablePointer(mutating: kernelBase))
                            Parallel.run(workers: workers) { worker in
                                let area = areas[worker]
                                let share = Parallel.part(worker, of: workers, count: batch)
                                for chunk in Parallel.chunks(of: share, maximum: perChunk) {
                                    let (first, count) = (chunk.lowerBound, chunk.count), rows = count * positions
                                    let dyChunk = dy.base + first * positions * filters
                                    OutputGradient.maskAndSum(dyChunk, output: relu ? y.base + first * positions * filters : nil,
                                                              rows: rows, filters: filters, biasGradient: area.biasGradient.pointer)
                                    let images = x.base + first * geometry.imageSize
                                    let dxChunk = needsInputGradient ? dx.base + first * geometry.imageSize : nil
                                    if let winograd {
                                        winograd.backward(images, count: count, outputGradient: dyChunk, u: u.base,
                                                          du: area.kernelGradient.pointer, inputGradient: dxChunk,
                                                          kept: kept.map { $0.base + winograd.keptOffset(first: first) }, scratch: area.winograd)
                                        continue
                                    }
                                    let patches = area.patches.buffer(count: rows * k)
                                    geometry.im2col(images, count: count, into: patches)
                                    if k <= 32 && filters % 8 == 0 {
                                        // A product with a handful of rows is slow in sgemm; accumulate directly instead.
                                        SmallPatchGradient.accumulate(patches: patches, patchSize: k, outputGradient: dyChunk, rows: rows,
                                                                      filters: filters, into: area.kernelGradient.pointer)
                                    } else {
                                        BLAS.gemm(.transposed, .none, m: k, n: filters, k: rows, a: patches, lda: k, b: dyChunk, ldb: filters,
                                                  beta: 1, c: area.kernelGradient.pointer, ldc: filters)
                                    }
                                    guard let dxChunk else { continue }
                                    let patchGradients = area.patchGradients.buffer(count: rows * k)
                                    BLAS.gemm(.none, .transposed, m: rows, n: k, k: filters, a: dyChunk, lda: filters, b: w.base, ldb: filters,
                                              c: patchGradients, ldc: k)
                                    geometry.col2im(patchGradients, count: count, addingInto: dxChunk)
                                }
                            }
                        }
                    }
                }
            }
        }
        // Sum the workers' partial gradients in worker order, then map them back to the kernel.
        let total = areas[0].kernelGradient.pointer
        for area in areas.dropFirst() { for index in 0..<kernelGradientCount { total[index] += area.kernelGradient.pointer[index] } }
        parameters[0].gradient.withUnsafeMutablePointer { dw in
            if let winograd {
                winograd.addKernelGradient(total, into: dw)
            } else {
                for index in 0..<kernel.count { dw[index] += total[index] }
            }
        }
        parameters[1].gradient.withUnsafeMutablePointer { db in
            for area in areas { for f in 0..<filters { db[f] += area.biasGradient.pointer[f] } }
        }
        return inputGradient
    }
}

/// One worker's buffers for a convolution: patches, their gradients, partial weight gradients, Winograd's scratch.
final class ConvolutionScratch: @unchecked Sendable {
    let patches = Workspace()
    let patchGradients = Workspace()
    let kernelGradient = Workspace()
    let biasGradient = Workspace()
    let winograd = WinogradScratch()

    /// Zeroes the partial gradients, sized for `kernel` and `bias` elements.
    func clearGradients(kernel: Int, bias: Int) {
        kernelGradient.buffer(count: kernel).update(repeating: 0, count: kernel)
        biasGradient.buffer(count: bias).update(repeating: 0, count: bias)
    }
}
