/// The first step of a layer's backward pass over its output gradient: the ReLU mask and the bias gradient,
/// in one pass, eight filters at a time where the filter count allows.
enum OutputGradient {
    /// Zeroes `gradient` wherever `output` (when given) is not positive, and adds each column's sum to `biasGradient`.
    static func maskAndSum(
        _ gradient: UnsafeMutablePointer<Float>, output: UnsafePointer<Float>?, rows: Int, filters: Int,
        biasGradient: UnsafeMutablePointer<Float>
    ) {
        guard filters % 8 == 0 else {
            for row in 0..<rows {
                for f in 0..<filters {
                    let index = row * filters + f
                    if let output, output[index] <= 0 { gradient[index] = 0 }
                    biasGradient[f] += gradient[index]
                }
            }
            return
        }
        let zero = SIMD8<Float>(repeating: 0)
        for row in 0..<rows {
            var f = 0
            while f < filters {
                let at = row * filters + f
                var values = UnsafeRawPointer(gradient + at).loadUnaligned(as: SIMD8<Float>.self)
                if let output {
                    let activations = UnsafeRawPointer(output + at).loadUnaligned(as: SIMD8<Float>.self)
                    values.replace(with: zero, where: activations .<= zero)
                    UnsafeMutableRawPointer(gradient + at).storeBytes(of: values, as: SIMD8<Float>.self)
                }
                let sum = UnsafeRawPointer(biasGradient + f).loadUnaligned(as: SIMD8<Float>.self) + values
                UnsafeMutableRawPointer(biasGradient + f).storeBytes(of: sum, as: SIMD8<Float>.self)
                f += 8
            }
        }
    }
}
