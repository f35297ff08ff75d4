/// The EXIF orientation of a JPEG (1 to 8): how the stored pixels must be turned to stand upright.
///
/// Phone cameras store the sensor's pixels as they come and record the rotation in this tag; without it a
/// digit photographed in portrait would arrive on its side.
struct EXIFOrientation: Equatable {
    let value: Int

    /// Reads the tag from the JPEG's APP1 segment; 1 (upright) when absent or unreadable.
    init(jpeg bytes: [UInt8]) {
        value = Self.find(in: bytes) ?? 1
    }

    init(value: Int) {
        self.value = (1...8).contains(value) ? value : 1
    }

    /// `image` turned upright.
    func upright(_ image: GreyImage) -> GreyImage {
        let (w, h) = (image.width, image.height)
        let swapsSides = value >= 5
        let (outW, outH) = swapsSides ? (h, w) : (w, h)
        guard value != 1 else { return image }
        var output = [UInt8](repeating: 0, count: w * h)
        for y in 0..<outH {
            for x in 0..<outW {
                let (sx, sy): (Int, Int)
                switch value {
                case 2: (sx, sy) = (w - 1 - x, y)
                case 3: (sx, sy) = (w - 1 - x, h - 1 - y)
                case 4: (sx, sy) = (x, h - 1 - y)
                case 5: (sx, sy) = (y, x)
                case 6: (sx, sy) = (y, h - 1 - x)
                case 7: (sx, sy) = (w - 1 - y, h - 1 - x)
                default: (sx, sy) = (w - 1 - y, x)
                }
                output[y * outW + x] = image.pixels[sy * w + sx]
            }
        }
        return GreyImage(unchecked: outW, height: outH, pixels: output)
    }

    /// Walks the JPEG markers up to the image data, looking for an Exif APP1 segment.
    private static func find(in bytes: [UInt8]) -> Int? {
        var offset = 2
        while offset + 4 <= bytes.count, bytes[offset] == 0xFF {
            let marker = bytes[offset + 1]
            let length = Int(bytes[offset + 2]) << 8 | Int(bytes[offset + 3])
            guard marker != 0xDA, length >= 2 else { return nil }  // start of scan: no more metadata
            let body = offset + 4
            if marker == 0xE1, body + 6 <= bytes.count, Array(bytes[body..<body + 6]) == Array("Exif\0\0".utf8) {
                return orientation(inTIFF: bytes, at: body + 6, end: min(bytes.count, offset + 2 + length))
            }
            offset += 2 + length
        }
        return nil
    }

    /// Reads tag 0x0112 from IFD0 of the TIFF structure at `start`.
    private static func orientation(inTIFF bytes: [UInt8], at start: Int, end: Int) -> Int? {
        guard start + 8 <= end else { return nil }
        let little = bytes[start] == 0x49  // "II" little-endian, "MM" big-endian
        func read(_ at: Int, _ size: Int) -> Int? {
            guard at >= start, at + size <= end else { return nil }
            let slice = bytes[at..<at + size]
            return (little ? slice.reversed() : Array(slice)).reduce(0) { $0 << 8 | Int($1) }
        }
        guard let ifd = read(start + 4, 4), let entries = read(start + ifd, 2) else { return nil }
        for index in 0..<min(entries, 512) {
            let entry = start + ifd + 2 + 12 * index
            guard let tag = read(entry, 2) else { return nil }
            if tag == 0x0112, let value = read(entry + 8, 2) { return (1...8).contains(value) ? value : nil }
        }
        return nil
    }
}
