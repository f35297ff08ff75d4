import Tensors

/// A 3x3, stride-1 convolution by Winograd's F(2x2, 3x3): each 2x2 block of outputs costs 16 multiplications per
/// channel pair instead of 36, as 16 matrix products of (tiles x in) by (in x out).
///
/// Works on one chunk of images at a time with one worker's scratch; the caller splits the batch among workers.
struct WinogradConvolution {
    let geometry: ConvolutionGeometry
    let filters: Int

    var tilesHigh: Int { (geometry.outputHeight + 1) / 2 }
    var tilesWide: Int { (geometry.outputWidth + 1) / 2 }
    var tilesPerImage: Int { tilesHigh * tilesWide }
    var channels: Int { geometry.channels }

    /// The distance between the 16 Winograd-domain planes of `tiles` tiles of `width` floats. Planes of a power-of-two
    /// size would put all 16 streams of a transform in the same L1 cache sets; one cache line of padding spreads them.
    static func planeStride(tiles: Int, width: Int) -> Int { tiles * width + 16 }

    /// U = G g Gᵀ for every (in, out) pair: 16 matrices of (in x out), one after another.
    func transformKernel(_ kernel: UnsafePointer<Float>, into u: UnsafeMutablePointer<Float>) {
        let pairs = channels * filters
        WinogradTransforms.kernel(kernel, kernelStride: pairs, count: pairs, into: u, stride: pairs)
    }

    /// Adds Gᵀ dU G to the kernel gradient.
    func addKernelGradient(_ du: UnsafePointer<Float>, into kernelGradient: UnsafeMutablePointer<Float>) {
        let pairs = channels * filters
        WinogradTransforms.kernelAdjoint(du, stride: pairs, count: pairs, addingInto: kernelGradient, kernelStride: pairs)
    }

    /// Where the transformed inputs of the images from `first` on are kept between the passes, in a buffer of
    /// `keptSize(batch:)` floats (room for each chunk's plane padding included).
    func keptOffset(first: Int) -> Int { 16 * (first * tilesPerImage * channels) + 256 * first }
    func keptSize(batch: Int) -> Int { keptOffset(first: batch) + 256 }

    /// Outputs (with bias and optional ReLU) of `count` images starting at `images`. With `keep`, the transformed
    /// inputs are written there for `backward` to reuse.
    func forward(
        _ images: UnsafePointer<Float>, count: Int, u: UnsafePointer<Float>, bias: UnsafePointer<Float>, relu: Bool,
        output: UnsafeMutablePointer<Float>, keep: UnsafeMutablePointer<Float>?, scratch: WinogradScratch
    ) {
        let tiles = count * tilesPerImage
        let vs = Self.planeStride(tiles: tiles, width: channels), ms = Self.planeStride(tiles: tiles, width: filters)
        let v = keep ?? scratch.transformed.buffer(count: 16 * vs)
        let m = scratch.products.buffer(count: 16 * ms)
        transformInputs(images, count: count, into: v, scratch: scratch)
        let trash = scratch.trash.buffer(count: max(channels, filters))
        for xi in 0..<16 {
            BLAS.gemm(.none, .none, m: tiles, n: filters, k: channels, a: v + xi * vs, lda: channels,
                      b: u + xi * channels * filters, ldb: filters, c: m + xi * ms, ldc: filters)
        }
        forEachTile(count: count) { image, ty, tx, tile in
            for r in 0..<2 {
                for s in 0..<2 {
                    let (oy, ox) = (2 * ty + r, 2 * tx + s)
                    scratch.outputs[2 * r + s] = oy < geometry.outputHeight && ox < geometry.outputWidth
                        ? output + ((image * geometry.outputHeight + oy) * geometry.outputWidth + ox) * filters : trash
                }
            }
            WinogradTransforms.output(m + tile * filters, stride: ms, count: filters, bias: bias, into: scratch.outputs)
        }
        if relu { Activations.relu(output, count: count * geometry.positions * filters) }
    }

    /// Accumulates dU (16 matrices of in x out) into `du`, and, when `inputGradient` is given, adds the input
    /// gradient of `count` images there. `outputGradient` must already be masked by the activation. `kept` holds
    /// the forward pass's transformed inputs (then overwritten), or nil to transform them again.
    func backward(
        _ images: UnsafePointer<Float>, count: Int, outputGradient: UnsafePointer<Float>, u: UnsafePointer<Float>,
        du: UnsafeMutablePointer<Float>, inputGradient: UnsafeMutablePointer<Float>?, kept: UnsafeMutablePointer<Float>?,
        scratch: WinogradScratch
    ) {
        let tiles = count * tilesPerImage
        let vs = Self.planeStride(tiles: tiles, width: channels), ms = Self.planeStride(tiles: tiles, width: filters)
        let v = kept ?? scratch.transformed.buffer(count: 16 * vs)
        let dm = scratch.products.buffer(count: 16 * ms)
        let zero = scratch.zero.buffer(count: max(channels, filters))
        zero.update(repeating: 0, count: max(channels, filters))
        forEachTile(count: count) { image, ty, tx, tile in
            for r in 0..<2 {
                for s in 0..<2 {
                    let (oy, ox) = (2 * ty + r, 2 * tx + s)
                    scratch.gradients[2 * r + s] = oy < geometry.outputHeight && ox < geometry.outputWidth
                        ? outputGradient + ((image * geometry.outputHeight + oy) * geometry.outputWidth + ox) * filters : UnsafePointer(zero)
                }
            }
            WinogradTransforms.outputAdjoint(scratch.gradients, count: filters, into: dm + tile * filters, stride: ms)
        }
        if kept == nil { transformInputs(images, count: count, into: v, scratch: scratch) }
        for xi in 0..<16 {
            BLAS.gemm(.transposed, .none, m: channels, n: filters, k: tiles, a: v + xi * vs, lda: channels,
                      b: dm + xi * ms, ldb: filters, beta: 1, c: du + xi * channels * filters, ldc: filters)
        }
        guard let inputGradient else { return }
        for xi in 0..<16 {  // dV overwrites V, which is no longer needed
            BLAS.gemm(.none, .transposed, m: tiles, n: channels, k: filters, a: dm + xi * ms, lda: filters,
                      b: u + xi * channels * filters, ldb: filters, c: v + xi * vs, ldc: channels)
        }
        let trash = scratch.trash.buffer(count: max(channels, filters))
        forEachTile(count: count) { image, ty, tx, tile in
            for i in 0..<4 {
                for j in 0..<4 {
                    let (iy, ix) = (2 * ty + i - geometry.padTop, 2 * tx + j - geometry.padLeft)
                    scratch.inputGradients[4 * i + j] = iy >= 0 && iy < geometry.height && ix >= 0 && ix < geometry.width
                        ? inputGradient + ((image * geometry.height + iy) * geometry.width + ix) * channels : trash
                }
            }
            WinogradTransforms.inputAdjoint(v + tile * channels, stride: vs, count: channels, addingInto: scratch.inputGradients)
        }
    }

    /// V = Bᵀ d B for every tile of `count` images (pixels outside the image count as zero).
    private func transformInputs(_ images: UnsafePointer<Float>, count: Int, into v: UnsafeMutablePointer<Float>, scratch: WinogradScratch) {
        let vs = Self.planeStride(tiles: count * tilesPerImage, width: channels)
        let zero = scratch.zero.buffer(count: max(channels, filters))
        zero.update(repeating: 0, count: max(channels, filters))
        forEachTile(count: count) { image, ty, tx, tile in
            for i in 0..<4 {
                for j in 0..<4 {
                    let (iy, ix) = (2 * ty + i - geometry.padTop, 2 * tx + j - geometry.padLeft)
                    scratch.inputs[4 * i + j] = iy >= 0 && iy < geometry.height && ix >= 0 && ix < geometry.width
                        ? images + ((image * geometry.height + iy) * geometry.width + ix) * channels : UnsafePointer(zero)
                }
            }
            WinogradTransforms.input(scratch.inputs, count: channels, into: v + tile * channels, stride: vs)
        }
    }

    private func forEachTile(count: Int, _ body: (_ image: Int, _ ty: Int, _ tx: Int, _ tile: Int) -> Void) {
        var tile = 0
        for image in 0..<count {
            for ty in 0..<tilesHigh {
                for tx in 0..<tilesWide {
                    body(image, ty, tx, tile)
                    tile += 1
                }
            }
        }
    }
}

/// One worker's buffers for Winograd convolutions: transformed inputs, products, and pointer tables.
final class WinogradScratch: @unchecked Sendable {
    let transformed = Workspace()
    let products = Workspace()
    let zero = Workspace()
    let trash = Workspace()
    let inputs = UnsafeMutablePointer<UnsafePointer<Float>>.allocate(capacity: 16)
    let inputGradients = UnsafeMutablePointer<UnsafeMutablePointer<Float>>.allocate(capacity: 16)
    let outputs = UnsafeMutablePointer<UnsafeMutablePointer<Float>>.allocate(capacity: 4)
    let gradients = UnsafeMutablePointer<UnsafePointer<Float>>.allocate(capacity: 4)

    deinit {
        inputs.deallocate()
        inputGradients.deallocate()
        outputs.deallocate()
        gradients.deallocate()
    }
}
