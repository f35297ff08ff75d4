import UserImages

/// An image of one digit decoded and preprocessed as MNIST's digits were made, ready for a run to read.
///
/// Preparing is the slow half of a reading and needs no model, so the server does it on its decoding threads and
/// batches the forward passes; `DigitReading.read(file:with:run:)` does both halves at once.
public struct PreparedDigit: Sendable {
    /// The image's name, as errors and readings give it.
    public let file: String
    /// The 28x28 input the network reads.
    public let input: GreyImage
    /// The image's own size.
    public let width: Int, height: Int
    /// Why a reading of this input may be unreliable.
    public let warnings: [String]
    /// The picture as decoded (a large JPEG reduced to the preprocessor's analysis side).
    public let picture: GreyImage

    /// The digit in `bytes`, an image called `file`, within `limits`.
    public init(bytes: [UInt8], file: String, limits: ImageLimits = .standard) throws(ImageError) {
        let preprocessor = DigitPreprocessor()
        picture = try ImageDecoder.decode(bytes, file: file, limits: limits, reducingTo: preprocessor.analysisSide)
        // A large JPEG is decoded reduced; the size given is the image's own.
        (width, height) = JPEGDecoder.uprightSize(bytes) ?? (picture.width, picture.height)
        let result = try preprocessor.digit(from: picture, file: file)
        self.file = file
        input = result.digit
        warnings = result.warnings
    }

    /// The digit in the image file at `path`, within `limits`.
    public init(path: String, limits: ImageLimits = .standard) throws(ImageError) {
        try self.init(bytes: ImageDecoder.fileBytes(path, limits: limits), file: path, limits: limits)
    }
}
