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
        let across = pass(values, width: width, height: height, channels: channels, kernel: kernel, horizontal: true)
        return pass(across, width: width, height: height, channels: channels, kernel: kernel, horizontal: false)
    }

    /// One direction of the blur: along rows when `horizontal`, else along columns.
    private static func pass(_ values: [Float], width: Int, height: Int, channels: Int, kernel: [Float], horizontal: Bool) -> [Float] {
        let radius = kernel.count / 2
        var output = [Float](repeating: 0, count: values.count)
        for y in 0..<height {
            for x in 0..<width {
                for c in 0..<channels {
                    var total: Float = 0
                    for k in -radius...radius {
                        let (px, py) = horizontal ? (min(width - 1, max(0, x + k)), y) : (x, min(height - 1, max(0, y + k)))
                        total += kernel[k + radius] * values[(py * width + px) * channels + c]
                    }
                    output[(y * width + x) * channels + c] = total
                }
            }
        }
        return output
    }
}
