import CTurboJPEG

/// Reads JPEG files (baseline and progressive, any colour space) to grey through TurboJPEG.
public enum JPEGDecoder {
    /// The bytes every JPEG file starts with (start-of-image and the first marker's prefix).
    public static let signature: [UInt8] = [0xFF, 0xD8, 0xFF]

    /// Decodes `bytes` to grey, turned upright according to the file's EXIF orientation.
    public static func decode(_ bytes: [UInt8], file: String, limits: ImageLimits = .standard) throws(ImageError) -> GreyImage {
        let decompressor = try TurboJPEGDecompressor(file: file)
        var width: Int32 = 0, height: Int32 = 0, subsampling: Int32 = 0, colourspace: Int32 = 0
        let header = bytes.withUnsafeBufferPointer {
            tjDecompressHeader3(decompressor.handle, $0.baseAddress, UInt($0.count), &width, &height, &subsampling, &colourspace)
        }
        guard header == 0 else { throw decompressor.error(doing: "read the JPEG header") }
        try limits.check(width: Int(width), height: Int(height), file: file)
        var grey = [UInt8](repeating: 0, count: Int(width) * Int(height))
        let status = bytes.withUnsafeBufferPointer { input in
            grey.withUnsafeMutableBufferPointer { output in
                tjDecompress2(decompressor.handle, input.baseAddress, UInt(input.count), output.baseAddress,
                              width, width, height, Int32(TJPF_GRAY.rawValue), Int32(TJFLAG_ACCURATEDCT))
            }
        }
        guard status == 0 else { throw decompressor.error(doing: "decode the JPEG") }
        let image = GreyImage(unchecked: Int(width), height: Int(height), pixels: grey)
        return EXIFOrientation(jpeg: bytes).upright(image)
    }
}

/// Owns one TurboJPEG decompressor handle and destroys it once.
private final class TurboJPEGDecompressor {
    let handle: tjhandle
    private let file: String

    init(file: String) throws(ImageError) {
        guard let handle = tjInitDecompress() else {
            throw ImageError(file: file, kind: .corrupt, detail: "TurboJPEG could not start a decompressor")
        }
        self.handle = handle
        self.file = file
    }

    deinit {
        tjDestroy(handle)
    }

    /// TurboJPEG's message for the failure, as an error naming the file.
    func error(doing action: String) -> ImageError {
        let message = tjGetErrorStr2(handle).map { String(cString: $0) } ?? "TurboJPEG failed"
        return ImageError(file: file, kind: .corrupt, detail: "cannot \(action): \(message)")
    }
}
