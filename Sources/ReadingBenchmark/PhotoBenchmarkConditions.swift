import Randomness
import UserImages

/// The eight conditions of the earlier photo benchmark (a Python script, replaced by this module),
/// ported: the digit enlarged eight times (224x224), dark on light, in each setting.
enum PhotoBenchmarkConditions {
    static let all: [ReadingCondition] = [
        ReadingCondition("plain", "plain paper: the digit enlarged to 224x224, pen 25 on paper 245") { digit, _ throws(ImageFileError) in
            try ImageFileWriter.greyPNG(onPaper(InkLayer.enlarged(digit, side: 224)))
        },
        ReadingCondition("desk", "a sheet of paper (240) covering the middle of the frame, on a darker textured desk (95)") {
            digit, generator throws(ImageFileError) in
            let ink = InkLayer.enlarged(digit, side: 224), side = 224 + 160
            var frame = Picture(width: side, height: side, fill: RGB(grey: 95))
            frame.addNoise(sigma: 6, generator: &generator)
            let top = 40 + generator.uniformInteger(in: -20..<20), left = 40 + generator.uniformInteger(in: -20..<20)
            let sheet = Picture(width: 224 + 80, height: 224 + 80, fill: RGB(grey: 240))
            frame.paste(sheet, left: left, top: top)
            frame.draw(ink, left: left + 40, top: top + 40, pen: RGB(grey: 25))
            return try ImageFileWriter.greyPNG(frame)
        },
        ReadingCondition("gradient", "light falling off across the page, to a third at the far corner") { digit, _ throws(ImageFileError) in
            var picture = onPaper(InkLayer.enlarged(digit, side: 224))
            picture.light { x, y in 1 - 0.65 * (0.6 * Float(x) / 224 + 0.4 * Float(y) / 224) }
            return try ImageFileWriter.greyPNG(picture)
        },
        ReadingCondition("noise", "sensor noise (standard deviation 28) on grey paper (200)") { digit, generator throws(ImageFileError) in
            var picture = onPaper(InkLayer.enlarged(digit, side: 224), paper: 200)
            picture.addNoise(sigma: 28, generator: &generator)
            return try ImageFileWriter.greyPNG(picture)
        },
        ReadingCondition("thin-pen", "a fine pen on a larger picture: strokes about two pixels wide on 392x392") {
            digit, _ throws(ImageFileError) in
            try ImageFileWriter.greyPNG(onPaper(InkLayer.enlarged(digit, side: 392).ridge()))
        },
        ReadingCondition("grey-paper", "grey paper and a grey pencil: grey levels from about 30 to 140") {
            digit, generator throws(ImageFileError) in
            var picture = onPaper(InkLayer.enlarged(digit, side: 224), paper: 140, pen: 30)
            picture.addNoise(sigma: 3, generator: &generator)
            return try ImageFileWriter.greyPNG(picture)
        },
        ReadingCondition("transparent-card", "a card cut out on a transparent canvas (RGBA; the margin black with alpha 0)") {
            digit, _ throws(ImageFileError) in
            var canvas = Picture(width: 224 + 80, height: 224 + 80, fill: RGB(grey: 0))
            canvas.paste(onPaper(InkLayer.enlarged(digit, side: 224)), left: 40, top: 40)
            let card = 40..<(40 + 224)
            return try ImageFileWriter.colourPNG(canvas) { x, y in card.contains(x) && card.contains(y) ? 255 : 0 }
        },
        ReadingCondition("grey16", "an untagged 16-bit greyscale PNG of the plain picture") { digit, _ throws(ImageFileError) in
            try ImageFileWriter.grey16PNG(onPaper(InkLayer.enlarged(digit, side: 224)))
        },
    ]

    /// The ink on plain paper of grey `paper`, full ink being `pen`.
    static func onPaper(_ ink: InkLayer, paper: Float = 245, pen: Float = 25) -> Picture {
        var picture = Picture(width: ink.width, height: ink.height, fill: RGB(grey: paper))
        picture.draw(ink, left: 0, top: 0, pen: RGB(grey: pen))
        return picture
    }
}

extension Picture {
    /// `other` copied over this picture with its top-left corner at (`left`, `top`), cut off at the edges.
    mutating func paste(_ other: Picture, left: Int, top: Int) {
        for y in 0..<other.height where top + y >= 0 && top + y < height {
            for x in 0..<other.width where left + x >= 0 && left + x < width {
                let source = 3 * (y * other.width + x), target = 3 * ((top + y) * width + left + x)
                for c in 0..<3 { samples[target + c] = other.samples[source + c] }
            }
        }
    }
}
