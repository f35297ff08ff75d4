import Foundation
import Randomness
import UserImages

/// Digits written on surfaces other than plain white paper: a blackboard, a whiteboard, ruled and squared paper, a
/// printed form's box, coloured paper.
enum SurfaceConditions {
    static let all: [ReadingCondition] = [
        ReadingCondition("chalk", "white chalk with grainy strokes on a dark, smudged board (light on dark)") {
            digit, generator throws(ImageFileError) in
            try ImageFileWriter.jpeg(chalk(digit, generator: &generator), colour: false, quality: 88)
        },
        ReadingCondition("whiteboard-glare", "a marker on a whiteboard photo with a patch of glare near the digit (colour)") {
            digit, generator throws(ImageFileError) in
            try ImageFileWriter.jpeg(whiteboard(digit, generator: &generator), colour: true, quality: 88)
        },
        ReadingCondition("ruled", "ruled paper: light blue lines, sometimes a red margin, the digit over two lines (colour scan)") {
            digit, generator throws(ImageFileError) in
            try ImageFileWriter.colourPNG(lined(digit, squared: false, generator: &generator))
        },
        ReadingCondition("squared", "squared paper: a light grid, the digit spanning four to seven squares (colour photo)") {
            digit, generator throws(ImageFileError) in
            try ImageFileWriter.jpeg(lined(digit, squared: true, generator: &generator), colour: true, quality: 90)
        },
        ReadingCondition("form-box", "a digit inside a printed form's box, neighbouring boxes cut by the frame") {
            digit, generator throws(ImageFileError) in
            try ImageFileWriter.greyPNG(FormBox.picture(digit, generator: &generator))
        },
        ReadingCondition("coloured-paper", "coloured paper and a light pen (colour image), 35+ grey levels apart") {
            digit, generator throws(ImageFileError) in
            try ImageFileWriter.colourPNG(colouredPaper(digit, generator: &generator))
        },
    ]

    static func chalk(_ digit: GreyImage, generator: inout SeededGenerator) -> Picture {
        let side = 300, board = generator.float(30...75)
        var blobs: [(x: Float, y: Float, radius: Float, strength: Float)] = []
        for _ in 0..<3 {
            blobs.append((generator.float(0...300), generator.float(0...300), generator.float(40...100), generator.float(-12...15)))
        }
        var picture = Picture(width: side, height: side) { x, y in
            let smudge = blobs.reduce(Float(0)) { total, blob in
                let dx = Float(x) - blob.x, dy = Float(y) - blob.y
                return total + blob.strength * exp(-(dx * dx + dy * dy) / (2 * blob.radius * blob.radius))
            }
            return RGB(board * 0.9 + smudge, board + smudge, board * 0.95 + smudge)
        }
        let frame = generator.uniformInteger(in: 150..<261)
        var grain: [Float] = []
        for _ in 0..<(frame * frame) { grain.append(generator.float(0.45...1)) }
        let ink = InkLayer.enlarged(digit, side: frame).modulated { x, y in grain[y * frame + x] * 1.15 }.blurred(sigma: 0.7)
        let left = generator.uniformInteger(in: 0..<(side - frame + 1)), top = generator.uniformInteger(in: 0..<(side - frame + 1))
        picture.draw(ink, left: left, top: top, pen: RGB(grey: generator.float(200...245)))
        picture.addNoise(sigma: 4, generator: &generator)
        return picture
    }

    static func whiteboard(_ digit: GreyImage, generator: inout SeededGenerator) -> Picture {
        let landscape = generator.uniformInteger(in: 0..<2) == 0
        let (width, height) = landscape ? (320, 240) : (240, 320)
        let board = generator.float(185...225), tilt = generator.float(-20...20)
        var picture = Picture(width: width, height: height) { x, _ in RGB(grey: board + tilt * (Float(x) / Float(width) - 0.5)) }
        let frame = generator.uniformInteger(in: 120..<(min(width, height) - 10))
        let left = generator.uniformInteger(in: 0..<(width - frame + 1)), top = generator.uniformInteger(in: 0..<(height - frame + 1))
        let marker = generator.pick([RGB(30, 30, 35), RGB(30, 60, 170), RGB(170, 30, 30), RGB(30, 120, 60)])
        picture.draw(InkLayer.enlarged(digit, side: frame).dilated(radius: 1.5), left: left, top: top, pen: marker)
        // Glare: a bright elliptical patch centred near the digit's frame.
        let centreX = Float(left) + Float(frame) * generator.float(0...1), centreY = Float(top) + Float(frame) * generator.float(0...1)
        let radiusX = Float(min(width, height)) * generator.float(0.12...0.3), radiusY = radiusX * generator.float(0.5...1)
        let strength = generator.float(0.4...0.75)
        picture.brighten { x, y in
            let dx = (Float(x) - centreX) / radiusX, dy = (Float(y) - centreY) / radiusY
            return strength * exp(-(dx * dx + dy * dy))
        }
        picture.addNoise(sigma: 3, generator: &generator)
        return picture
    }

    /// Ruled paper (horizontal lines and sometimes a margin) or squared paper (a grid), with a blue or black pen.
    static func lined(_ digit: GreyImage, squared: Bool, generator: inout SeededGenerator) -> Picture {
        let side = 300
        let paper = RGB(generator.float(238...252), generator.float(236...250), generator.float(225...245))
        let spacing = squared ? generator.float(14...22) : generator.float(24...36)
        let line = squared ? generator.pick([RGB(170, 190, 215), RGB(175, 175, 175), RGB(160, 200, 170)]) : RGB(150, 185, 225)
        let lineWidth = generator.float(1...2), offsetX = generator.float(0...spacing), offsetY = generator.float(0...spacing)
        let margin: Float? = !squared && generator.uniformInteger(in: 0..<2) == 0 ? generator.float(30...60) : nil
        func near(_ position: Float, _ offset: Float) -> Float {
            let distance = abs((position - offset).truncatingRemainder(dividingBy: spacing))
            return max(0, min(1, lineWidth / 2 + 0.5 - min(distance, spacing - distance)))
        }
        var picture = Picture(width: side, height: side) { x, y in
            var amount = near(Float(y), offsetY)
            if squared { amount = max(amount, near(Float(x), offsetX)) }
            var colour = RGB(paper.red + (line.red - paper.red) * amount, paper.green + (line.green - paper.green) * amount,
                             paper.blue + (line.blue - paper.blue) * amount)
            if let margin, abs(Float(x) - margin) < 1 { colour = RGB(220, 120, 120) }
            return colour
        }
        // The ink is 20/28 of the digit's frame: two to three line spacings tall, or four to seven squares.
        let inkHeight = squared ? spacing * generator.float(4...7) : spacing * generator.float(1.8...2.8)
        let frame = min(side - 4, Int(inkHeight * 28 / 20))
        let pen = generator.pick([RGB(20, 40, 130), RGB(25, 25, 30)])
        picture.draw(InkLayer.enlarged(digit, side: frame), left: generator.uniformInteger(in: 0..<(side - frame + 1)),
                     top: generator.uniformInteger(in: 0..<(side - frame + 1)), pen: pen)
        picture.addNoise(sigma: 2, generator: &generator)
        return picture
    }

    /// Coloured paper and a light pen whose grey level is at least 35 below the paper's (a pastel pen on pastel paper).
    static func colouredPaper(_ digit: GreyImage, generator: inout SeededGenerator) -> Picture {
        let side = 280
        let paper = generator.pick([RGB(250, 235, 140), RGB(250, 200, 215), RGB(190, 220, 245), RGB(200, 235, 190), RGB(250, 210, 160)])
        var pen = generator.pick([RGB(110, 160, 235), RGB(235, 120, 170), RGB(240, 150, 60), RGB(110, 190, 120), RGB(150, 150, 150)])
        let gap = generator.float(35...80)
        if paper.luma - pen.luma < gap { pen = pen.scaled(max(0, (paper.luma - gap) / pen.luma)) }
        var picture = Picture(width: side, height: side, fill: paper)
        let frame = generator.uniformInteger(in: 140..<261)
        picture.draw(InkLayer.enlarged(digit, side: frame), left: generator.uniformInteger(in: 0..<(side - frame + 1)),
                     top: generator.uniformInteger(in: 0..<(side - frame + 1)), pen: pen, opacity: generator.float(0.9...1))
        let tilt = generator.float(-0.1...0.1)
        picture.light { x, _ in 1 + tilt * (Float(x) / Float(side) - 0.5) }
        picture.addNoise(sigma: 3, generator: &generator)
        return picture
    }
}
