/// The largest images Digitbook accepts from users, checked before any pixel is decoded.
public struct ImageLimits: Sendable {
    public var maximumFileBytes: Int
    public var maximumSide: Int
    public var maximumPixels: Int

    /// 64 MiB files, 16,384 pixels a side, 50 megapixels in all: more than any phone camera takes.
    public static let standard = ImageLimits(maximumFileBytes: 64 << 20, maximumSide: 16_384, maximumPixels: 50_000_000)

    public init(maximumFileBytes: Int, maximumSide: Int, maximumPixels: Int) {
        self.maximumFileBytes = maximumFileBytes
        self.maximumSide = maximumSide
        self.maximumPixels = maximumPixels
    }

    /// Throws when `width` x `height` is over the limits (or not a real size).
    func check(width: Int, height: Int, file: String) throws(ImageError) {
        guard width > 0, height > 0 else {
            throw ImageError(file: file, kind: .corrupt, detail: "the image claims a size of \(width)x\(height)")
        }
        guard width <= maximumSide, height <= maximumSide, width * height <= maximumPixels else {
            throw ImageError(file: file, kind: .tooLarge,
                             detail: "the image is \(width)x\(height), over the limit of \(maximumSide) pixels a side and "
                                + "\(maximumPixels / 1_000_000) megapixels")
        }
    }
}
