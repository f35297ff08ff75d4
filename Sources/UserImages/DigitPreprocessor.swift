/// Turns a user's picture of one digit into a 28x28 MNIST-style input, the way MNIST itself was made.
///
/// Steps: find the background from the border and invert a light one, so ink is bright on black; stretch the
/// contrast between background and ink and drop faint noise; crop to the ink; scale it to fit a 20x20 box keeping
/// its aspect ratio (area averaging, so strokes stay anti-aliased); place it in 28x28 so that its centre of mass
/// sits at (14, 14), where MNIST's are.
public struct DigitPreprocessor: Sendable {
    /// The side of the output image.
    public var side = 28
    /// The side of the box the digit is scaled into.
    public var box = 20
    /// Ink fainter than this share of the contrast is treated as background noise.
    public var noiseFloor: Float = 0.15
    /// The least contrast between background and ink, in grey levels, that counts as a digit.
    public var minimumContrast: Float = 40

    public init() {}

    /// The result, with what was found on the way.
    public struct Result: Equatable, Sendable {
        /// The `side` x `side` digit: 0 background, 255 full ink, as in MNIST.
        public let digit: GreyImage
        /// Whether the background was light and the image was inverted.
        public let inverted: Bool
        /// The ink's bounding box in the input: x, y, width, height.
        public let inkBox: (x: Int, y: Int, width: Int, height: Int)

        public static func == (a: Result, b: Result) -> Bool {
            a.digit == b.digit && a.inverted == b.inverted && a.inkBox == b.inkBox
        }
    }

    /// Preprocesses `image`; `file` names it in errors (an image with no ink is an error, not a blank digit).
    public func digit(from image: GreyImage, file: String) throws(ImageError) -> Result {
        let background = Self.median(of: Self.border(of: image))
        let inverted = background > 127
        var ink = image.pixels.map { Float(inverted ? 255 - $0 : $0) }
        let floor = Float(inverted ? 255 - background : background)
        let peak = ink.max() ?? 0
        guard peak - floor >= minimumContrast else {
            throw ImageError(file: file, kind: .empty,
                             detail: "no digit found: the image is almost uniform (ink and background differ by \(Int(peak - floor)) grey levels)")
        }
        let contrast = peak - floor
        for index in ink.indices {
            let level = (ink[index] - floor) / contrast
            ink[index] = max(0, min(1, (level - noiseFloor) / (1 - noiseFloor)))
        }
        guard let crop = Self.boundingBox(of: ink, width: image.width, height: image.height) else {
            throw ImageError(file: file, kind: .empty, detail: "no digit found: no ink above the noise")
        }
        var cropped = [Float](repeating: 0, count: crop.width * crop.height)
        for y in 0..<crop.height {
            for x in 0..<crop.width { cropped[y * crop.width + x] = ink[(crop.y + y) * image.width + crop.x + x] }
        }
        let scale = Double(box) / Double(max(crop.width, crop.height))
        let newWidth = max(1, min(box, Int((Double(crop.width) * scale).rounded())))
        let newHeight = max(1, min(box, Int((Double(crop.height) * scale).rounded())))
        let scaled = AreaResampler.resize(cropped, width: crop.width, height: crop.height, to: newWidth, newHeight)
        return Result(digit: centred(scaled, width: newWidth, height: newHeight), inverted: inverted, inkBox: crop)
    }

    /// Places the scaled digit in the output so that its centre of mass is at the centre.
    private func centred(_ patch: [Float], width: Int, height: Int) -> GreyImage {
        var mass: Float = 0, sumX: Float = 0, sumY: Float = 0
        for y in 0..<height {
            for x in 0..<width {
                let value = patch[y * width + x]
                mass += value
                sumX += value * Float(x)
                sumY += value * Float(y)
            }
        }
        // MNIST's digits have their centre of mass at (14, 14) in pixel indices (measured over its test set: 14.01, 13.99).
        let centre = Float(side) / 2
        let centreX = mass > 0 ? sumX / mass : Float(width - 1) / 2
        let centreY = mass > 0 ? sumY / mass : Float(height - 1) / 2
        let left = max(0, min(side - width, Int((centre - centreX).rounded())))
        let top = max(0, min(side - height, Int((centre - centreY).rounded())))
        var output = [UInt8](repeating: 0, count: side * side)
        for y in 0..<height {
            for x in 0..<width {
                output[(top + y) * side + left + x] = UInt8(max(0, min(255, (patch[y * width + x] * 255).rounded())))
            }
        }
        return GreyImage(unchecked: side, height: side, pixels: output)
    }

    /// The pixels along the four edges.
    private static func border(of image: GreyImage) -> [UInt8] {
        let (w, h) = (image.width, image.height)
        var values: [UInt8] = []
        for x in 0..<w { values.append(image[x, 0]); values.append(image[x, h - 1]) }
        for y in 0..<h { values.append(image[0, y]); values.append(image[w - 1, y]) }
        return values
    }

    private static func median(of values: [UInt8]) -> UInt8 {
        var counts = [Int](repeating: 0, count: 256)
        for value in values { counts[Int(value)] += 1 }
        var seen = 0
        for (level, count) in counts.enumerated() {
            seen += count
            if 2 * seen >= values.count { return UInt8(level) }
        }
        return 0
    }

    /// The smallest box holding every non-zero pixel, or nil when there is none.
    private static func boundingBox(of pixels: [Float], width: Int, height: Int) -> (x: Int, y: Int, width: Int, height: Int)? {
        var minX = width, minY = height, maxX = -1, maxY = -1
        for y in 0..<height {
            for x in 0..<width where pixels[y * width + x] > 0 {
                minX = min(minX, x); maxX = max(maxX, x)
                minY = min(minY, y); maxY = max(maxY, y)
            }
        }
        guard maxX >= 0 else { return nil }
        return (minX, minY, maxX - minX + 1, maxY - minY + 1)
    }
}
