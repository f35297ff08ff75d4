import Foundation
import Randomness
import UserImages

/// What cameras do to a photo of a digit: blur and heavy JPEG compression, a small digit in a large frame, and
/// pixels stored sideways or upside down with an EXIF orientation saying how to turn them.
enum CameraConditions {
    static let all: [ReadingCondition] = [
        ReadingCondition("jpeg-blur", "a blurred photo (sigma 1-3 pixels on 240x240) saved as a colour JPEG at quality 10-40") {
            digit, generator throws(ImageFileError) in
            let picture = paperPhoto(digit, width: 240, height: 240, frame: 120...200, generator: &generator)
            let blurred = picture.blurred(sigma: Double(generator.float(1...3)))
            return try ImageFileWriter.jpeg(blurred, colour: true, quality: generator.uniformInteger(in: 10..<41))
        },
        ReadingCondition("small-in-large", "a small digit (ink 40-80 pixels) anywhere in a 1200x900 or 900x1200 photo") {
            digit, generator throws(ImageFileError) in
            let landscape = generator.uniformInteger(in: 0..<2) == 0
            let picture = paperPhoto(digit, width: landscape ? 1200 : 900, height: landscape ? 900 : 1200, frame: 56...112,
                                     generator: &generator)
            return try ImageFileWriter.jpeg(picture, colour: true, quality: 85)
        },
        rotated(3, "upside down"),
        rotated(6, "turned a quarter anticlockwise (a phone held upright)"),
        rotated(8, "turned a quarter clockwise"),
    ]

    /// A photo whose pixels are stored `orientation`-wise with the EXIF tag saying so: it reads right only when the
    /// tag is honoured.
    static func rotated(_ orientation: Int, _ how: String) -> ReadingCondition {
        ReadingCondition("exif-\(orientation)", "a 480x360 photo stored \(how), EXIF orientation \(orientation)") {
            digit, generator throws(ImageFileError) in
            let (width, height) = orientation == 3 ? (480, 360) : (360, 480)
            let upright = paperPhoto(digit, width: width, height: height, frame: 140...240, generator: &generator)
            return try ImageFileWriter.jpeg(stored(upright, orientation: orientation), colour: true, quality: 88, orientation: orientation)
        }
    }

    /// Paper under uneven light with a warm cast and sensor noise, the digit's 28x28 frame `frame` pixels wide anywhere.
    static func paperPhoto(_ digit: GreyImage, width: Int, height: Int, frame sides: ClosedRange<Int>,
                           generator: inout SeededGenerator) -> Picture {
        let paper = generator.float(200...245), warmth = generator.float(0...12)
        var picture = Picture(width: width, height: height, fill: RGB(paper, paper - warmth / 2, paper - warmth))
        let frame = generator.uniformInteger(in: sides.lowerBound..<(sides.upperBound + 1))
        let left = generator.uniformInteger(in: 0..<(width - frame + 1)), top = generator.uniformInteger(in: 0..<(height - frame + 1))
        picture.draw(InkLayer.enlarged(digit, side: frame), left: left, top: top, pen: RGB(grey: generator.float(20...80)))
        // Light falling off from a bright point (a lamp, the window) by up to a third.
        let lightX = generator.float(0...1) * Float(width), lightY = generator.float(0...1) * Float(height)
        let falloff = generator.float(0.05...0.33), reach = Float(max(width, height))
        picture.light { x, y in
            let dx = Float(x) - lightX, dy = Float(y) - lightY
            return 1 - falloff * min(1, (dx * dx + dy * dy).squareRoot() / reach)
        }
        picture.addNoise(sigma: generator.float(2...5), generator: &generator)
        return picture
    }

    /// The pixels a camera stores for the `upright` picture when it records `orientation` (3, 6 or 8): turning them
    /// as the tag says gives `upright` back.
    static func stored(_ upright: Picture, orientation: Int) -> Picture {
        let (w, h) = orientation == 3 ? (upright.width, upright.height) : (upright.height, upright.width)
        var stored = Picture(width: w, height: h, fill: RGB(grey: 0))
        for y in 0..<upright.height {
            for x in 0..<upright.width {
                // The stored pixel that the tag's turn brings to (x, y) of the upright picture.
                let (sx, sy): (Int, Int)
                switch orientation {
                case 3: (sx, sy) = (w - 1 - x, h - 1 - y)
                case 6: (sx, sy) = (y, h - 1 - x)
                default: (sx, sy) = (w - 1 - y, x)
                }
                let source = 3 * (y * upright.width + x), target = 3 * (sy * w + sx)
                for c in 0..<3 { stored.samples[target + c] = upright.samples[source + c] }
            }
        }
        return stored
    }
}
