extension ImageDecoder {
    /// The size an image's header declares (PNG's IHDR, JPEG's frame header, upright by its EXIF orientation), read
    /// without decoding anything; nil for bytes that are neither (the decoder refuses those).
    public static func declaredSize(_ bytes: [UInt8]) -> (width: Int, height: Int)? {
        if bytes.starts(with: PNGCodec.signature) {
            guard bytes.count >= 24, Array(bytes[12..<16]) == Array("IHDR".utf8) else { return nil }
            // PNG sides are at most 2^31 - 1, so their product fits in an Int.
            let field = { (start: Int) in min(bytes[start..<(start + 4)].reduce(0) { $0 << 8 | Int($1) }, Int(Int32.max)) }
            return (field(16), field(20))
        }
        if bytes.starts(with: JPEGDecoder.signature) { return JPEGDecoder.uprightSize(bytes) }
        return nil
    }

    /// The usual file extension of image bytes by their signature: png, jpg, or nil.
    public static func fileExtension(of bytes: [UInt8]) -> String? {
        bytes.starts(with: PNGCodec.signature) ? "png" : bytes.starts(with: JPEGDecoder.signature) ? "jpg" : nil
    }
}
