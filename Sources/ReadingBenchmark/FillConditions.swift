import Randomness
import UserImages

/// A digit that fills its picture: a tight 64x64 crop of a digit written in a box, strokes touching one to four of the
/// edges, thin to very bold, dark on light (a scan) or light on dark (a negative, a screen).
enum FillConditions {
    static let all: [ReadingCondition] = [
        ReadingCondition("fill-dark", "a digit filling its 64x64 picture, touching 1-4 edges, thin to very bold, dark on light") {
            digit, generator throws(ImageFileError) in
            try ImageFileWriter.greyPNG(filled(digit, darkOnLight: true, generator: &generator))
        },
        ReadingCondition("fill-light", "a digit filling its 64x64 picture, touching 1-4 edges, thin to very bold, light on dark") {
            digit, generator throws(ImageFileError) in
            try ImageFileWriter.greyPNG(filled(digit, darkOnLight: false, generator: &generator))
        },
    ]

    static let side = 64

    static func filled(_ digit: GreyImage, darkOnLight: Bool, generator: inout SeededGenerator) -> Picture {
        let crop = cropTouching(digit, edges: generator.uniformInteger(in: 1..<5), generator: &generator)
        let scaleX = crop.width / Double(side), scaleY = crop.height / Double(side)
        var ink = InkLayer.sampling(digit, width: side, height: side) { x, y in (crop.x + x * scaleX, crop.y + y * scaleY) }
        switch generator.uniformInteger(in: 0..<4) {
        case 0: ink = ink.narrowed(level: 0.55, ramp: 0.3)  // thin
        case 1: break
        case 2: ink = ink.dilated(radius: 1.5)  // bold
        default: ink = ink.dilated(radius: 2.9)  // very bold: a marker
        }
        let paper = darkOnLight ? generator.float(225...255) : generator.float(0...40)
        let pen = darkOnLight ? generator.float(0...70) : generator.float(190...255)
        var picture = Picture(width: side, height: side, fill: RGB(grey: paper))
        picture.draw(ink, left: 0, top: 0, pen: RGB(grey: pen))
        picture.addNoise(sigma: generator.float(1...4), generator: &generator)
        return picture
    }

    /// A rectangle of the digit's 28x28 frame (continuous coordinates) whose edges run along the ink's extent on
    /// `edges` sides, so that strokes touch that many edges of the picture; square except when all four touch (only
    /// for a digit at most 1.5 times as tall as wide; a narrower one touches three).
    static func cropTouching(_ digit: GreyImage, edges: Int, generator: inout SeededGenerator)
        -> (x: Double, y: Double, width: Double, height: Double) {
        // The ink's extent from the centres of its outermost strong pixels: an edge there cuts into the stroke.
        guard let box = InkLayer.inkBox(digit, level: 128), box.maxX > box.minX, box.maxY > box.minY else { return (0, 0, 28, 28) }
        let (x0, y0) = (Double(box.minX) + 0.5, Double(box.minY) + 0.5)
        let (inkWidth, inkHeight) = (Double(box.maxX - box.minX), Double(box.maxY - box.minY))
        // All four edges only for a digit about as wide as tall: stretching a 1 across its box is no one's writing.
        if edges >= 4 && max(inkWidth, inkHeight) <= 1.5 * min(inkWidth, inkHeight) { return (x0, y0, inkWidth, inkHeight) }
        let edges = min(edges, 3)
        let margin = edges == 1 || (edges == 2 && generator.uniformInteger(in: 0..<2) == 0)
            ? Double(generator.float(1.5...4)) : 0
        let side = max(inkWidth, inkHeight) + margin
        // Where the ink sits in the square along each axis: 0 flush with the low edge, 1 with the high one.
        var placeX = 0.5, placeY = 0.5
        switch (edges, margin > 0) {
        case (3, _), (2, false):
            // The longer side touches both its edges; the shorter is flush with one edge (3) or centred (2).
            let flush = edges == 3 ? Double(generator.uniformInteger(in: 0..<2)) : 0.5
            if inkWidth >= inkHeight { placeY = flush } else { placeX = flush }
        case (2, true):
            (placeX, placeY) = (Double(generator.uniformInteger(in: 0..<2)), Double(generator.uniformInteger(in: 0..<2)))  // a corner
        default:
            let along = Double(generator.float(0.2...0.8)), flush = Double(generator.uniformInteger(in: 0..<2))
            if generator.uniformInteger(in: 0..<2) == 0 { (placeX, placeY) = (flush, along) } else { (placeX, placeY) = (along, flush) }
        }
        return (x0 - (side - inkWidth) * placeX, y0 - (side - inkHeight) * placeY, side, side)
    }
}
