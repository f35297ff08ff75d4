import FileIO

/// Reads a user's image file, PNG or JPEG, recognised by its first bytes rather than its name.
public enum ImageDecoder {
    /// The grey image in the file at `path`; `reducingTo` lets a large JPEG be decoded reduced (see ``JPEGDecoder``).
    public static func read(_ path: String, limits: ImageLimits = .standard, reducingTo side: Int? = nil) throws(ImageError) -> GreyImage {
        try decode(fileBytes(path, limits: limits), file: path, limits: limits, reducingTo: side)
    }

    /// The bytes of the image file at `path`, refused (as an image error) when larger than `limits` allow.
    public static func fileBytes(_ path: String, limits: ImageLimits = .standard) throws(ImageError) -> [UInt8] {
        do {
            return try FileBytes.read(path, limit: limits.maximumFileBytes)
        } catch {
            throw ImageError(file: path, kind: error.kind == .tooLarge ? .tooLarge : .unreadable, detail: error.detail)
        }
    }

    /// The grey image in `bytes`; `file` names the source in errors.
    public static func decode(
        _ bytes: [UInt8], file: String, limits: ImageLimits = .standard, reducingTo side: Int? = nil
    ) throws(ImageError) -> GreyImage {
        guard bytes.count <= limits.maximumFileBytes else {
            throw ImageError(file: file, kind: .tooLarge, detail: "\(bytes.count) bytes, over the limit of \(limits.maximumFileBytes)")
        }
        if bytes.starts(with: PNGCodec.signature) { return try PNGCodec.decode(bytes, file: file, limits: limits) }
        if bytes.starts(with: JPEGDecoder.signature) { return try JPEGDecoder.decode(bytes, file: file, limits: limits, reducingTo: side) }
        throw ImageError(file: file, kind: .notAnImage, detail: "not a PNG or JPEG image (\(describe(bytes)))")
    }

    /// A hint at what the bytes are instead: a known format by its signature, text, or the first bytes.
    static func describe(_ bytes: [UInt8]) -> String {
        if bytes.isEmpty { return "the file is empty" }
        if let format = knownFormat(bytes) { return "it is \(format)" }
        let head = bytes.prefix(512)
        let looksLikeText = head.allSatisfy { $0 == 9 || $0 == 10 || $0 == 13 || (32..<127).contains($0) || $0 >= 0x80 }
        if looksLikeText { return "it looks like text" }
        let hex = bytes.prefix(4).map { byte in
            let digits = String(byte, radix: 16)
            return digits.count == 1 ? "0" + digits : digits
        }
        return "it starts with bytes \(hex.joined(separator: " "))"
    }

    /// The name of a common file format that `bytes` start with, when it is one Digitbook does not read.
    private static func knownFormat(_ bytes: [UInt8]) -> String? {
        func starts(_ text: String, at offset: Int = 0) -> Bool {
            let signature = Array(text.utf8)
            return bytes.count >= offset + signature.count && Array(bytes[offset..<(offset + signature.count)]) == signature
        }
        if starts("GIF87a") || starts("GIF89a") { return "a GIF image" }
        if starts("RIFF") && starts("WEBP", at: 8) { return "a WebP image" }
        if starts("ftyp", at: 4), bytes.count >= 12 {
            let brand = String(decoding: bytes[8..<12], as: UTF8.self)
            if ["heic", "heix", "hevc", "heim", "heis", "mif1", "msf1"].contains(brand) {
                return "a HEIC/HEIF image (an iPhone photo); export it as JPEG"
            }
            if brand == "avif" { return "an AVIF image" }
        }
        if starts("%PDF") { return "a PDF document" }
        if starts("BM") && bytes.count > 14 { return "a BMP image" }
        if starts("II*\u{0}") || starts("MM\u{0}*") { return "a TIFF image" }
        if starts("PK\u{3}\u{4}") { return "a ZIP archive" }
        return nil
    }
}
