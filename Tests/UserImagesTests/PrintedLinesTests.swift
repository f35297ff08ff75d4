import Foundation
import Testing
@testable import UserImages

/// A digit written on ruled or squared paper, or inside a printed form's box, reads as the same digit on plain paper
/// (issue 22): the printed lines are taken out, the box is no part of the digit.
@Suite struct PrintedLinesTests {
    /// A 7 on a 200x200 page, drawn over whatever `paper` printed first.
    static func seven(on paper: (inout InkSketch) -> Void = { _ in }) -> GreyImage {
        var page = InkSketch(width: 200, height: 200)
        paper(&page)
        page.line(78, 62, 128, 62)
        page.line(128, 62, 96, 142)
        return page.image
    }

    /// The share of the 28x28 input's pixels within 48 grey levels of the plain page's input.
    static func agreement(_ picture: GreyImage) throws -> Double {
        let plain = try DigitPreprocessor().digit(from: seven(), file: "plain.png").digit
        let read = try DigitPreprocessor().digit(from: picture, file: "lined.png").digit
        let close = zip(plain.pixels, read.pixels).filter { abs(Int($0) - Int($1)) <= 48 }.count
        return Double(close) / Double(plain.pixels.count)
    }

    @Test func ruledPaperWithAMargin() throws {
        let picture = Self.seven { page in
            for y in stride(from: 14, to: 200, by: 30) { page.printedLine(horizontal: true, at: y, level: 175) }
            page.printedLine(horizontal: false, at: 30, level: 150)
        }
        let result = try DigitPreprocessor().digit(from: picture, file: "ruled.png")
        #expect(result.inkBox.x >= 70 && result.inkBox.width <= 70 && result.inkBox.height <= 100, "\(result.inkBox)")
        #expect(try Self.agreement(picture) >= 0.95)
    }

    @Test func squaredPaper() throws {
        let picture = Self.seven { page in
            for position in stride(from: 5, to: 200, by: 16) {
                page.printedLine(horizontal: true, at: position, level: 185, thickness: 1)
                page.printedLine(horizontal: false, at: position, level: 185, thickness: 1)
            }
        }
        #expect(try Self.agreement(picture) >= 0.95)
    }

    @Test func aPrintedBoxAroundTheDigit() throws {
        let alone = Self.seven { page in
            for side in [40, 168] {
                page.printedLine(horizontal: true, at: side, level: 40, thickness: 3, start: 40, end: 171)
                page.printedLine(horizontal: false, at: side, level: 40, thickness: 3, start: 40, end: 171)
            }
        }
        #expect(try Self.agreement(alone) >= 0.95)
        // A row of boxes: the row's lines across the page, each box's sides from one to the other.
        let row = Self.seven { page in
            for y in [36, 168] { page.printedLine(horizontal: true, at: y, level: 40, thickness: 3) }
            for x in [10, 50, 170] { page.printedLine(horizontal: false, at: x, level: 40, thickness: 3, start: 36, end: 171) }
        }
        #expect(try Self.agreement(row) >= 0.95)
    }

    @Test func aPrintedBoxTheDigitTouchesIsNoPartOfIt() throws {
        // A box with paper all round it; the 7's bar runs along its top line and its foot stands on the bottom one,
        // so box and digit are one piece of ink.
        let touching = Self.seven { page in
            for y in [57, 143] { page.printedLine(horizontal: true, at: y, level: 40, thickness: 3, start: 60, end: 142) }
            for x in [60, 139] { page.printedLine(horizontal: false, at: x, level: 40, thickness: 3, start: 57, end: 146) }
        }
        let result = try DigitPreprocessor().digit(from: touching, file: "box.png")
        // The 7's ink spans x 75...131 and y 59...145; the box, x 60...141.
        #expect(result.inkBox.x >= 70 && result.inkBox.x + result.inkBox.width <= 136, "\(result.inkBox)")
        #expect(try Self.agreement(touching) >= 0.9)
    }

    @Test func aBoxIsThinLinesHoldingInkNotABoldOrEmptyLoop() {
        /// Where the page is darker than 128: ink.
        func ink(_ page: InkSketch) -> [Bool] { page.image.pixels.map { $0 < 128 } }
        func square(pen: Double, holdingA seven: Bool) -> InkSketch {
            var page = InkSketch(width: 200, height: 200)
            for (x0, y0, x1, y1) in [(50.0, 50.0, 150.0, 50.0), (150, 50, 150, 150), (150, 150, 50, 150), (50, 150, 50, 50)] {
                page.line(x0, y0, x1, y1, pen: pen)
            }
            if seven { page.line(80, 80, 120, 80); page.line(120, 80, 95, 125) }
            return page
        }
        #expect(PrintedBox(ink: ink(square(pen: 1, holdingA: true)), width: 200, height: 200) != nil)
        #expect(PrintedBox(ink: ink(square(pen: 1, holdingA: false)), width: 200, height: 200) == nil, "a square 0")
        #expect(PrintedBox(ink: ink(square(pen: 12, holdingA: true)), width: 200, height: 200) == nil, "a bold stroke")
    }

    @Test func aDigitWithOneStrokeAcrossThePageKeepsIt() throws {
        // One thin stroke from edge to edge is the digit's own (a 7's bar cut by a tight crop), not a printed line.
        var page = InkSketch(width: 120, height: 120)
        page.line(0, 20, 119, 20, pen: 1.5)
        page.line(100, 20, 50, 115, pen: 1.5)
        let result = try DigitPreprocessor().digit(from: page.image, file: "seven.png")
        #expect(result.inkBox.width >= 110, "the bar is kept: \(result.inkBox)")
    }

    @Test func twoUprightStrokesFromEdgeToEdgeAreDigitsNotLines() throws {
        // A tight crop of "11": each 1 runs from the top edge to the bottom one, as a margin would.
        var eleven = InkSketch(width: 90, height: 100)
        eleven.bar(30, top: 1, height: 98)
        eleven.bar(62, top: 1, height: 98)
        let result = try DigitPreprocessor().digit(from: eleven.image, file: "eleven.png")
        #expect(result.inkBox.width >= 35 && result.inkBox.height >= 96, "both strokes are kept: \(result.inkBox)")
        let number = try NumberReader().read(eleven.image, file: "eleven.png", classify: NumberReaderTests.sure)
        #expect(number.number == "11")
    }

    @Test(arguments: [false, true])
    func aMarkerZeroCoveringMoreThanItsPaperIsARing(lightOnDark: Bool) throws {
        var page = InkSketch(width: 64, height: 64)
        page.ring(32, 32, rx: 21, ry: 25, pen: 10)  // the ring covers more of the picture than the paper does
        let picture = lightOnDark ? GreyImage(unchecked: 64, height: 64, pixels: page.image.pixels.map { 255 - $0 }) : page.image
        #expect(TwoTone.darkInk(picture) == !lightOnDark)
        let digit = try DigitPreprocessor().digit(from: picture, file: "zero.png").digit
        #expect(digit[14, 14] < 64, "the hole is paper, not ink")
        #expect(digit.pixels.filter { $0 > 192 }.count > 80, "the ring is ink")
    }

    @Test func twoToneIsOnlyACleanCropWithInkAtItsEdge() throws {
        var zero = InkSketch(width: 64, height: 64)
        zero.ring(32, 32, rx: 21, ry: 25, pen: 10)
        #expect(TwoTone.darkInk(zero.image) == true)
        // Ink away from the edge reads against its local ground.
        var inside = InkSketch(width: 64, height: 64)
        inside.ring(32, 32, rx: 12, ry: 16, pen: 3)
        #expect(TwoTone.darkInk(inside.image) == nil)
        // A grey sheet on a light desk with dark writing: three tones.
        var sheet = InkSketch(width: 120, height: 120)
        for y in 0..<120 { for x in 0..<120 where x < 70 { sheet.shade(x, y, to: 150) } }
        sheet.bar(30, top: 30, height: 50)
        #expect(TwoTone.darkInk(sheet.image) == nil)
        // Hatching reaches the edge in many places: a pattern, not a digit.
        var hatched = InkSketch(width: 120, height: 120)
        for start in stride(from: -120, to: 120, by: 12) { hatched.line(Double(start), 0, Double(start + 120), 120, pen: 1.5) }
        #expect(TwoTone.darkInk(hatched.image) == nil)
    }
}
