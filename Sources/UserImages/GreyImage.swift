/// A greyscale image, row-major, one byte per pixel: 0 is black, 255 is white.
public struct GreyImage: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public let pixels: [UInt8]

    /// Wraps `pixels`; nil when their count is not `width * height` or a side is not positive.
    public init?(width: Int, height: Int, pixels: [UInt8]) {
        guard width > 0, height > 0, width.multipliedReportingOverflow(by: height) == (pixels.count, false) else { return nil }
        self.width = width
        self.height = height
        self.pixels = pixels
    }

    init(unchecked width: Int, height: Int, pixels: [UInt8]) {
        self.width = width
        self.height = height
        self.pixels = pixels
    }

    /// The pixel at column `x`, row `y`.
    public subscript(x: Int, y: Int) -> UInt8 { pixels[y * width + x] }

    /// The negative: black becomes white and white black.
    public var inverted: GreyImage {
        GreyImage(unchecked: width, height: height, pixels: pixels.map { 255 - $0 })
    }

    /// Each pixel repeated `factor` times in both directions, for looking at small images.
    public func enlarged(by factor: Int) -> GreyImage {
        guard factor > 1 else { return self }
        var output = [UInt8](repeating: 0, count: width * height * factor * factor)
        for y in 0..<(height * factor) {
            for x in 0..<(width * factor) {
                output[y * width * factor + x] = pixels[(y / factor) * width + x / factor]
            }
        }
        return GreyImage(unchecked: width * factor, height: height * factor, pixels: output)
    }
}
