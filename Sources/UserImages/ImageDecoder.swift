import FileIO

/// Reads a user's image file, PNG or JPEG, recognised by its first bytes rather than its name.
public enum ImageDecoder {
    /// The grey image in the file at `path`.
    public static func read(_ path: String, limits: ImageLimits = .standard) throws(ImageError) -> GreyImage {
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.read(path, limit: limits.maximumFileBytes)
        } catch {
            throw ImageError(file: path, kind: error.kind == .tooLarge ? .tooLarge : .unreadable, detail: error.detail)
        }
        return try decode(bytes, file: path, limits: limits)
    }

    /// The grey image in `bytes`; `file` names the source in errors.
    public static func decode(_ bytes: [UInt8], file: String, limits: ImageLimits = .standard) throws(ImageError) -> GreyImage {
        guard bytes.count <= limits.maximumFileBytes else {
            throw ImageError(file: file, kind: .tooLarge, detail: "\(bytes.count) bytes, over the limit of \(limits.maximumFileBytes)")
        }
        if bytes.starts(with: PNGCodec.signature) { return try PNGCodec.decode(bytes, file: file, limits: limits) }
        if bytes.starts(with: JPEGDecoder.signature) { return try JPEGDecoder.decode(bytes, file: file, limits: limits) }
        throw ImageError(file: file, kind: .notAnImage, detail: "not a PNG or JPEG image (\(describe(bytes)))")
    }

    /// A hint at what the bytes are instead.
    private static func describe(_ bytes: [UInt8]) -> String {
        if bytes.isEmpty { return "the file is empty" }
        let head = bytes.prefix(512)
        let looksLikeText = head.allSatisfy { $0 == 9 || $0 == 10 || $0 == 13 || (32..<127).contains($0) || $0 >= 0x80 }
        if looksLikeText { return "it looks like text" }
        let hex = bytes.prefix(4).map { byte in
            let digits = String(byte, radix: 16)
            return digits.count == 1 ? "0" + digits : digits
        }
        return "it starts with bytes \(hex.joined(separator: " "))"
    }
}
