import Localization
import UserImages

/// What one request may ask the server to decode: how many multipart parts and images, and how many pixels its
/// images declare together (each image is also held to the per-image limit). Checked on the images' headers, before
/// any pixel is decoded; a request over it gets 413 with the reason.
public struct UploadBudget: Sendable {
    public var maximumParts = 128
    public var maximumImages = 64
    public var maximumTotalPixels = 100_000_000
    /// Requests whose images declare at most this many pixels together are "small": they are decoded on their own
    /// workers, so that they keep being answered while large uploads decode.
    public var smallRequestPixels = 1_000_000

    public init() {}

    /// Refuses a multipart body with more parts than allowed.
    func check(parts: Int) throws(ServerError) {
        guard parts <= maximumParts else {
            throw ServerError(.contentTooLarge, .errorTooManyParts, [("parts", "\(parts)"), ("maximum", "\(maximumParts)")])
        }
    }

    /// The pixels the uploads declare together, refused when there are too many images or pixels. An image over
    /// `perImage` counts for nothing here: the decoder refuses it, with its size, before decoding.
    func check(_ uploads: [DigitReader.Upload], perImage: Int) throws(ServerError) -> Int {
        guard uploads.count <= maximumImages else {
            throw ServerError(.contentTooLarge, .errorTooManyImages, [("count", "\(uploads.count)"), ("maximum", "\(maximumImages)")])
        }
        // Each image counts at most one over the budget, so that the sum cannot overflow.
        let total = uploads.reduce(0) { sum, upload in
            let pixels = ImageDecoder.declaredSize(upload.bytes).map { $0.width * $0.height } ?? 0
            return sum + (pixels > perImage ? 0 : min(pixels, maximumTotalPixels + 1))
        }
        guard total <= maximumTotalPixels else {
            throw ServerError(.contentTooLarge, .errorTooManyPixels, [("megapixels", "\(total / 1_000_000)"),
                                                                       ("maximum", "\(maximumTotalPixels / 1_000_000)")])
        }
        return total
    }
}
