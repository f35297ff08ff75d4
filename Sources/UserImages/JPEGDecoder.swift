import CTurboJPEG

/// Reads JPEG files (baseline and progressive, any colour space) to grey through TurboJPEG.
public enum JPEGDecoder {
    /// The bytes every JPEG file starts with (start-of-image and the first marker's prefix).
    public static let signature: [UInt8] = [0xFF, 0xD8, 0xFF]

    /// Decodes `bytes` to grey, turned upright according to the file's EXIF orientation. With `reducingTo`, a picture
    /// whose longer side exceeds it is decoded reduced in the DCT domain (by TurboJPEG's largest scaling factor that
    /// fits, at least 1/8): several times faster than decoding every pixel and shrinking after, and what reading a
    /// digit from a 12-megapixel phone photo needs.
    public static func decode(
        _ bytes: [UInt8], file: String, limits: ImageLimits = .standard, reducingTo side: Int? = nil
    ) throws(ImageError) -> GreyImage {
        let decompressor = try TurboJPEGDecompressor(file: file)
        var width: Int32 = 0, height: Int32 = 0, subsampling: Int32 = 0, colourspace: Int32 = 0
        let header = bytes.withUnsafeBufferPointer {
            tjDecompressHeader3(decompressor.handle, $0.baseAddress, UInt($0.count), &width, &height, &subsampling, &colourspace)
        }
        guard header == 0 else { throw decompressor.error(doing: "read the JPEG header") }
        try limits.check(width: Int(width), height: Int(height), file: file)
        (width, height) = scaledSize(width: width, height: height, fitting: side)
        // TurboJPEG cannot turn CMYK (a print workflow's JPEG) into grey itself: it is decoded as CMYK, then converted.
        let cmyk = colourspace == Int32(TJCS_CMYK.rawValue) || colourspace == Int32(TJCS_YCCK.rawValue)
        let channels = cmyk ? 4 : 1
        var samples = [UInt8](repeating: 0, count: Int(width) * Int(height) * channels)
        let format = cmyk ? TJPF_CMYK : TJPF_GRAY
        let status = bytes.withUnsafeBufferPointer { input in
            samples.withUnsafeMutableBufferPointer { output in
                tjDecompress2(decompressor.handle, input.baseAddress, UInt(input.count), output.baseAddress,
                              width, width * Int32(channels), height, Int32(format.rawValue), Int32(TJFLAG_ACCURATEDCT))
            }
        }
        guard status == 0 else { throw decompressor.error(doing: "decode the JPEG") }
        let grey = cmyk ? greyFromInvertedCMYK(samples) : samples
        let image = GreyImage(unchecked: Int(width), height: Int(height), pixels: grey)
        return EXIFOrientation(jpeg: bytes).upright(image)
    }

    /// Grey from CMYK samples stored inverted, as Adobe's applications (nearly every CMYK JPEG) write them: 255 is no
    /// ink. Each of R, G, B is the paper's light left by its ink and the black (c·k/255), weighted as Rec. 601 luma.
    static func greyFromInvertedCMYK(_ samples: [UInt8]) -> [UInt8] {
        var grey = [UInt8](repeating: 0, count: samples.count / 4)
        for index in grey.indices {
            let c = Int(samples[4 * index]), m = Int(samples[4 * index + 1])
            let y = Int(samples[4 * index + 2]), k = Int(samples[4 * index + 3])
            grey[index] = UInt8((299 * c * k + 587 * m * k + 114 * y * k) / 255_000)
        }
        return grey
    }

    /// The picture's size as it stands upright (EXIF orientation applied), from its header; nil if unreadable.
    public static func uprightSize(_ bytes: [UInt8]) -> (width: Int, height: Int)? {
        guard let decompressor = try? TurboJPEGDecompressor(file: "") else { return nil }
        var width: Int32 = 0, height: Int32 = 0, subsampling: Int32 = 0, colourspace: Int32 = 0
        let header = bytes.withUnsafeBufferPointer {
            tjDecompressHeader3(decompressor.handle, $0.baseAddress, UInt($0.count), &width, &height, &subsampling, &colourspace)
        }
        guard header == 0 else { return nil }
        return EXIFOrientation(jpeg: bytes).value >= 5 ? (Int(height), Int(width)) : (Int(width), Int(height))
    }

    /// The size to decode at: the full size, or scaled by the largest of TurboJPEG's factors below 1 whose longer
    /// side fits in `side` (the smallest factor when none does).
    static func scaledSize(width: Int32, height: Int32, fitting side: Int?) -> (Int32, Int32) {
        guard let side, Int(max(width, height)) > side else { return (width, height) }
        var count: Int32 = 0
        guard let factors = tjGetScalingFactors(&count), count > 0 else { return (width, height) }
        func scaled(_ value: Int32, _ factor: tjscalingfactor) -> Int32 { (value * factor.num + factor.denom - 1) / factor.denom }
        let reducing = UnsafeBufferPointer(start: factors, count: Int(count)).filter { $0.num > 0 && $0.num < $0.denom }
        let ordered = reducing.sorted { Double($0.num) / Double($0.denom) > Double($1.num) / Double($1.denom) }
        guard let chosen = ordered.first(where: { Int(scaled(max(width, height), $0)) <= side }) ?? ordered.last else {
            return (width, height)
        }
        return (max(1, scaled(width, chosen)), max(1, scaled(height, chosen)))
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
