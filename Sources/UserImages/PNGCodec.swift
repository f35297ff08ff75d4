import CPNG

/// Reads and writes PNG files through libpng's simplified API.
public enum PNGCodec {
    /// The eight bytes every PNG file starts with.
    public static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// Decodes a PNG of any colour type and depth to grey as a viewer shows it. A 16-bit file keeps its values (libpng
    /// would otherwise take an untagged one for linear light and lighten it); transparent areas are filled as
    /// `composite` says.
    public static func decode(_ bytes: [UInt8], file: String, limits: ImageLimits = .standard) throws(ImageError) -> GreyImage {
        let png = PNGImage()
        let begun = bytes.withUnsafeBytes { png_image_begin_read_from_memory(png.pointer, $0.baseAddress, $0.count) }
        guard begun != 0 else { throw png.error(file: file, doing: "read the PNG header") }
        let width = Int(png.pointer.pointee.width), height = Int(png.pointer.pointee.height)
        try limits.check(width: width, height: height, file: file)
        let sixteenBit = png.pointer.pointee.format & UInt32(PNG_FORMAT_FLAG_LINEAR) != 0
        var greyAlpha = [UInt8](repeating: 0, count: width * height * 2)
        if sixteenBit {
            png.pointer.pointee.format = UInt32(PNG_FORMAT_FLAG_LINEAR | PNG_FORMAT_FLAG_ALPHA)
            var samples = [UInt16](repeating: 0, count: width * height * 2)
            let finished = samples.withUnsafeMutableBytes { buffer in
                png_image_finish_read(png.pointer, nil, buffer.baseAddress, Int32(width * 2), nil)
            }
            guard finished != 0 else { throw png.error(file: file, doing: "decode the PNG") }
            for pixel in 0..<(width * height) {
                // Linear output comes pre-multiplied by alpha; undo that, then keep the top eight bits' worth.
                let alpha = Int(samples[2 * pixel + 1]), value = Int(samples[2 * pixel])
                let grey = alpha == 0 ? 0 : min(65_535, (value * 65_535 + alpha / 2) / alpha)
                greyAlpha[2 * pixel] = UInt8((grey * 255 + 32_767) / 65_535)
                greyAlpha[2 * pixel + 1] = UInt8((alpha * 255 + 32_767) / 65_535)
            }
        } else {
            png.pointer.pointee.format = PNG_FORMAT_GA
            let finished = greyAlpha.withUnsafeMutableBytes { buffer in
                png_image_finish_read(png.pointer, nil, buffer.baseAddress, Int32(width * 2), nil)
            }
            guard finished != 0 else { throw png.error(file: file, doing: "decode the PNG") }
        }
        return composite(greyAlpha, width: width, height: height)
    }

    /// Encodes `image` as an 8-bit greyscale PNG (no time stamp, so equal images give equal bytes).
    public static func encode(_ image: GreyImage, file: String = "(PNG)") throws(ImageError) -> [UInt8] {
        let png = PNGImage()
        png.pointer.pointee.width = UInt32(image.width)
        png.pointer.pointee.height = UInt32(image.height)
        png.pointer.pointee.format = UInt32(PNG_FORMAT_GRAY)
        var size = 0
        let sized = image.pixels.withUnsafeBytes {
            png_image_write_to_memory(png.pointer, nil, &size, 0, $0.baseAddress, Int32(image.width), nil)
        }
        guard sized != 0, size > 0 else { throw png.error(file: file, doing: "size the PNG") }
        var output = [UInt8](repeating: 0, count: size)
        let written = output.withUnsafeMutableBytes { memory in
            image.pixels.withUnsafeBytes { pixels in
                png_image_write_to_memory(png.pointer, memory.baseAddress, &size, 0, pixels.baseAddress, Int32(image.width), nil)
            }
        }
        guard written != 0 else { throw png.error(file: file, doing: "write the PNG") }
        return Array(output.prefix(size))
    }

    /// Flattens grey+alpha onto a background that keeps the picture's meaning. When the opaque pixels hold two
    /// clearly different shades, they are paper with ink on it (a card cut out on a transparent canvas), and the
    /// transparent margin takes the shade of the larger part, the paper's; when they hold one shade, they are the ink
    /// itself (strokes drawn on a transparent canvas), and the margin takes white or black, whichever contrasts.
    private static func composite(_ greyAlpha: [UInt8], width: Int, height: Int) -> GreyImage {
        var histogram = [Int](repeating: 0, count: 256)
        for index in stride(from: 0, to: greyAlpha.count, by: 2) where greyAlpha[index + 1] >= 128 {
            histogram[Int(greyAlpha[index])] += 1
        }
        let opaqueCount = histogram.reduce(0, +)
        let fullyOpaque = opaqueCount == width * height
        let background = Self.marginShade(histogram)
        var grey = [UInt8](repeating: 0, count: width * height)
        for pixel in 0..<(width * height) {
            let value = Int(greyAlpha[2 * pixel]), alpha = Int(greyAlpha[2 * pixel + 1])
            grey[pixel] = fullyOpaque ? UInt8(value) : UInt8((value * alpha + background * (255 - alpha) + 127) / 255)
        }
        return GreyImage(unchecked: width, height: height, pixels: grey)
    }
}

extension PNGCodec {
    /// The shade for transparent pixels, from the histogram of the opaque ones (see `composite`).
    static func marginShade(_ histogram: [Int]) -> Int {
        let total = histogram.reduce(0, +)
        guard total > 0 else { return 255 }
        // Otsu's split of the opaque shades into a darker and a lighter class.
        let sum = histogram.enumerated().reduce(0.0) { $0 + Double($1.offset * $1.element) }
        var weight = 0.0, partial = 0.0, best = -1.0, split = 128
        for level in 0..<255 {
            weight += Double(histogram[level]); partial += Double(level * histogram[level])
            guard weight > 0, weight < Double(total) else { continue }
            let low = partial / weight, high = (sum - partial) / (Double(total) - weight)
            let between = weight * (Double(total) - weight) * (high - low) * (high - low)
            if between > best { best = between; split = level + 1 }
        }
        let dark = histogram[..<split].reduce(0, +), light = total - dark
        let darkSum = (0..<split).reduce(0) { $0 + $1 * histogram[$1] }
        let lightSum = (split..<256).reduce(0) { $0 + $1 * histogram[$1] }
        let darkMean = dark == 0 ? 0 : Double(darkSum) / Double(dark)
        let lightMean = light == 0 ? 0 : Double(lightSum) / Double(light)
        guard dark > 0, light > 0, lightMean - darkMean >= 64 else {
            return (darkMean * Double(dark) + lightMean * Double(light)) / Double(total) < 128 ? 255 : 0  // strokes only
        }
        // Paper with ink: the larger class is the paper; its median shade fills the margin.
        let range = dark >= light ? 0..<split : split..<256
        let count = max(dark, light)
        var seen = 0
        for level in range {
            seen += histogram[level]
            if 2 * seen >= count { return level }
        }
        return range.upperBound - 1
    }
}

/// Owns one `png_image` at a fixed address (libpng keeps a pointer to it while reading) and frees it once.
private final class PNGImage {
    let pointer: UnsafeMutablePointer<png_image>

    init() {
        pointer = .allocate(capacity: 1)
        pointer.initialize(to: png_image())
        pointer.pointee.version = UInt32(PNG_IMAGE_VERSION)
    }

    deinit {
        png_image_free(pointer)
        pointer.deinitialize(count: 1)
        pointer.deallocate()
    }

    /// libpng's message for the failure, as an error naming `file`.
    func error(file: String, doing action: String) -> ImageError {
        let message = withUnsafeBytes(of: pointer.pointee.message) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        return ImageError(file: file, kind: .corrupt, detail: "cannot \(action): \(message.isEmpty ? "libpng failed" : message)")
    }
}
