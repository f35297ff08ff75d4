import Randomness
import UserImages

/// A scan of a printed form: a row of boxes with dark printed lines, the digit written inside one of them, the
/// neighbouring boxes cut by the edge of the picture (or none).
enum FormBox {
    static func picture(_ digit: GreyImage, generator: inout SeededGenerator) -> Picture {
        let box = generator.uniformInteger(in: 70..<101), lineWidth = generator.uniformInteger(in: 2..<4)
        let marginX = generator.uniformInteger(in: 10..<41), marginY = generator.uniformInteger(in: 10..<41)
        let neighbours = generator.uniformInteger(in: 0..<2) == 0
        let (width, height) = (box + 2 * marginX, box + 2 * marginY)
        let paper = generator.float(225...250), print = generator.float(10...70)
        var picture = Picture(width: width, height: height, fill: RGB(grey: paper))
        // The printed lines: the box's four sides and, for a row of boxes, the row's top and bottom lines across
        // the whole picture and the neighbours' far sides where they fall inside it.
        let (boxLeft, boxTop) = (marginX, marginY)
        var columns = [boxLeft, boxLeft + box - lineWidth]
        if neighbours { columns += [boxLeft - box, boxLeft + 2 * box - lineWidth] }
        let rowSpan = neighbours ? 0..<width : boxLeft..<(boxLeft + box)
        let line = InkLayer(width: 1, height: 1, amount: [1])
        for y in [boxTop, boxTop + box - lineWidth] {
            for dy in 0..<lineWidth { for x in rowSpan { picture.draw(line, left: x, top: y + dy, pen: RGB(grey: print)) } }
        }
        for x in columns {
            for dx in 0..<lineWidth { for y in boxTop..<(boxTop + box) { picture.draw(line, left: x + dx, top: y, pen: RGB(grey: print)) } }
        }
        // The digit's ink (20/28 of its frame) takes 55% to 85% of the box's inside, clear of the lines.
        let inside = box - 2 * lineWidth
        let frame = Int(Float(inside) * generator.float(0.55...0.85) * 28 / 20)
        let room = max(0, inside - frame * 20 / 28 - 4)
        let left = boxLeft + lineWidth + 2 + generator.uniformInteger(in: 0..<(room + 1)) - (frame * 4 / 28)
        let top = boxTop + lineWidth + 2 + generator.uniformInteger(in: 0..<(room + 1)) - (frame * 4 / 28)
        let pen = generator.pick([RGB(grey: 30), RGB(grey: 60), RGB(grey: 90)])
        picture.draw(InkLayer.enlarged(digit, side: frame), left: left, top: top, pen: pen)
        picture.addNoise(sigma: 2, generator: &generator)
        return picture
    }
}
