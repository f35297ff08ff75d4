import Foundation

/// Separable Gaussian blur of interleaved samples, the edges extended.
enum GaussianBlur {
    /// `values` (`channels` samples a pixel, row-major) blurred with standard deviation `sigma` pixels.
    static func apply(_ values: [Float], width: Int, height: Int, channels: Int, sigma: Double) -> [Float] {
        guard sigma > 0.05 else { return values }
        let radius = max(1, Int((3 * sigma).rounded(.up)))
        var kernel = (-radius...radius).map { Float(exp(-Double($0 * $0) / (2 * sigma * sigma))) }
        let sum = kernel.reduce(0, +)
        kernel = kernel.map { $0 / sum }
        var across = [Float](repeating: 0, count: values.count)
        for y in 0..<height {
            for x in 0..<width {
                for c in 0..<channels {
                    var total: Float = 0
                    for k in -radius...radius {
                        let px = min(width - 1, max(0, x + k))
                        total += kernel[k + radius] * values[(y * width + px) * channels + c]
                    }
                    across[(y * width + x) * channels + c] = total
                }
            }
        }
        var output = [Float](repeating: 0, count: values.count)
        for y in 0..<height {
            for x in 0..<width {
                for c in 0..<channels {
                    var total: Float = 0
                    for k in -radius...radius {
                        let py = min(height - 1, max(0, y + k))
                        total += kernel[k + radius] * across[(py * width + x) * channels + c]
                    }
                    output[(y * width + x) * channels + c] = total
                }
            }
        }
        return output
    }
}
