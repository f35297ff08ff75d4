/// The kernel gradient of a convolution with few inputs per patch (the first layer of an image model, one channel):
/// dW += Pᵀ · dY, accumulated row by row with eight filters at a time, where sgemm would handle a product of only
/// a handful of rows poorly.
enum SmallPatchGradient {
    /// Adds `patches`ᵀ (rows x patchSize) times `outputGradient` (rows x filters) into `kernelGradient`
    /// (patchSize x filters); `filters` must be a multiple of 8.
    static func accumulate(
        patches: UnsafePointer<Float>, patchSize: Int, outputGradient: UnsafePointer<Float>, rows: Int, filters: Int,
        into kernelGradient: UnsafeMutablePointer<Float>
    ) {
        for row in 0..<rows {
            let patch = patches + row * patchSize, gradient = outputGradient + row * filters
            for tap in 0..<patchSize {
                let value = patch[tap]
                if value == 0 { continue }
                let target = kernelGradient + tap * filters
                var f = 0
                while f < filters {
                    let sum = UnsafeRawPointer(target + f).loadUnaligned(as: SIMD8<Float>.self)
                        + value * UnsafeRawPointer(gradient + f).loadUnaligned(as: SIMD8<Float>.self)
                    UnsafeMutableRawPointer(target + f).storeBytes(of: sum, as: SIMD8<Float>.self)
                    f += 8
                }
            }
        }
    }
}
