/// Equally sized grey images stored one after another, row-major, one byte per pixel.
///
/// Pixel values follow MNIST: 0 is background, 255 is full ink.
public struct ImageSet: Equatable, Sendable {
    public let count: Int
    public let rows: Int
    public let columns: Int
    public let pixels: [UInt8]

    /// Wraps `pixels` as `count` images of `rows` x `columns`; the sizes must agree.
    public init(count: Int, rows: Int, columns: Int, pixels: [UInt8]) throws(IDXError) {
        guard count >= 0, rows > 0, columns > 0, count.multipliedReportingOverflow(by: rows * columns) == (pixels.count, false) else {
            throw IDXError(file: "(in memory)", kind: .shapeMismatch,
                           detail: "\(pixels.count) pixels do not make \(count) images of \(rows)x\(columns)")
        }
        self.count = count
        self.rows = rows
        self.columns = columns
        self.pixels = pixels
    }

    /// The number of pixels in one image.
    public var pixelsPerImage: Int { rows * columns }

    /// The pixels of the image at `index`.
    public func image(at index: Int) -> ArraySlice<UInt8> {
        let start = index * pixelsPerImage
        return pixels[start..<start + pixelsPerImage]
    }

    /// The images at `range`, as a set of their own.
    public func images(in range: Range<Int>) -> ImageSet {
        let slice = Array(pixels[range.lowerBound * pixelsPerImage..<range.upperBound * pixelsPerImage])
        return ImageSet(unchecked: range.count, rows: rows, columns: columns, pixels: slice)
    }

    init(unchecked count: Int, rows: Int, columns: Int, pixels: [UInt8]) {
        self.count = count
        self.rows = rows
        self.columns = columns
        self.pixels = pixels
    }
}
