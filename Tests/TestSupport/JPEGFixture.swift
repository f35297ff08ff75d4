import CTurboJPEG

/// Encodes grey pixels as JPEG with TurboJPEG, so tests can make their own JPEG files.
public enum JPEGFixture {
    /// A baseline greyscale JPEG of `pixels` (`width` x `height`), or nil if TurboJPEG fails.
    public static func encode(_ pixels: [UInt8], width: Int, height: Int, quality: Int32 = 95) -> [UInt8]? {
        guard let handle = tjInitCompress() else { return nil }
        defer { tjDestroy(handle) }
        var output: UnsafeMutablePointer<UInt8>? = nil
        var size: UInt = 0
        let status = pixels.withUnsafeBufferPointer {
            tjCompress2(handle, $0.baseAddress, Int32(width), Int32(width), Int32(height), Int32(TJPF_GRAY.rawValue),
                        &output, &size, Int32(TJSAMP_GRAY.rawValue), quality, 0)
        }
        guard status == 0, let output else { return nil }
        defer { tjFree(output) }
        return Array(UnsafeBufferPointer(start: output, count: Int(size)))
    }

    /// `jpeg` with an Exif APP1 segment carrying `orientation` inserted after the start-of-image marker.
    public static func withOrientation(_ jpeg: [UInt8], _ orientation: UInt8) -> [UInt8] {
        // "Exif\0\0", then a big-endian TIFF header whose IFD0 holds one entry: tag 0x0112, SHORT, count 1.
        let tiff: [UInt8] = [0x4D, 0x4D, 0x00, 0x2A, 0x00, 0x00, 0x00, 0x08, 0x00, 0x01,
                             0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, orientation, 0x00, 0x00,
                             0x00, 0x00, 0x00, 0x00]
        let body = Array("Exif\0\0".utf8) + tiff
        let length = body.count + 2
        let segment: [UInt8] = [0xFF, 0xE1, UInt8(length >> 8), UInt8(length & 0xFF)] + body
        return Array(jpeg.prefix(2)) + segment + Array(jpeg.dropFirst(2))
    }
}
