import Foundation
import Testing
@testable import UserImages

/// Ink that is not a digit or a row of digits is said to be so (issue 21): lines of text are refused as a number
/// instead of being read as a string of 1s, and a crowd of marks read as one digit carries a warning.
@Suite struct NotOneDigitTests {
    /// Six lines of short strokes, like printed text: each line a row of letters.
    static func textPage() -> InkSketch {
        var page = InkSketch(width: 400, height: 300)
        for line in 0..<6 {
            let top = 20.0 + Double(line) * 45
            for letter in 0..<18 { page.line(20 + Double(letter) * 20, top, 24 + Double(letter) * 20, top + 22, pen: 2) }
        }
        return page
    }

    @Test func linesOfTextAreNotANumber() {
        let error = #expect(throws: ImageError.self) {
            try NumberReader().read(Self.textPage().image, file: "letter.png", classify: NumberReaderTests.sure)
        }
        #expect(error?.kind == .crowded)
        #expect(error?.detail.contains("the ink lies in 6 lines, one above the other; a number is one row of digits") == true,
                "\(String(describing: error))")
    }

    @Test func aRowOfDigitsWithABrokenOneIsStillOneLine() throws {
        var page = InkSketch(width: 320, height: 120)
        page.ring(60, 60, rx: 18, ry: 30)
        page.bar(130, top: 25, height: 30)
        page.bar(130, top: 62, height: 33)  // a 1 broken in two, one piece over the other
        page.ring(200, 60, rx: 18, ry: 30)
        #expect(try NumberReader().read(page.image, file: "page.png", classify: NumberReaderTests.sure).digits.count == 3)
    }

    @Test func manyMarksReadAsOneDigitAreWarnedAbout() throws {
        var bars = InkSketch(width: 400, height: 120)
        for index in 0..<40 { bars.bar(10 + Double(index) * 9.5, top: 30, height: 60, pen: 1.5) }
        let crowd = try DigitPreprocessor().digit(from: bars.image, file: "ones.png")
        #expect(crowd.warnings.contains { $0.contains("separate marks, not one digit") }, "\(crowd.warnings)")

        let text = try DigitPreprocessor().digit(from: Self.textPage().image, file: "letter.png")
        #expect(text.warnings.contains { $0.contains("not one digit") }, "\(text.warnings)")

        var seven = InkSketch(width: 120, height: 120)
        seven.line(30, 25, 90, 25)
        seven.line(90, 25, 50, 100)
        #expect(try DigitPreprocessor().digit(from: seven.image, file: "seven.png").warnings.isEmpty)
    }

    @Test func aCheckerboardOrABlotIsNoNumberToTrust() throws {
        var board = InkSketch(width: 160, height: 160)
        for row in 0..<8 { for column in 0..<8 where (row + column) % 2 == 0 {
            for y in (row * 20)..<(row * 20 + 21) { for x in (column * 20)..<(column * 20 + 21) where x < 160 && y < 160 {
                board.dot(Double(x), Double(y), radius: 0)
            } }
        } }
        do {
            let reading = try NumberReader().read(board.image, file: "board.png", classify: NumberReaderTests.sure)
            #expect(reading.needsChecking(threshold: 0.5), "\(reading.number) taken at face value")
        } catch let error as ImageError {
            #expect(error.kind == .crowded)
        }
        var blot = InkSketch(width: 120, height: 120)
        blot.ring(60, 60, rx: 34, ry: 42, pen: 10)  // a bold 0 filling a third of its picture
        let reading = try NumberReader().read(blot.image, file: "blot.png", classify: NumberReaderTests.sure)
        #expect(reading.warnings.contains { $0.contains("of the picture, more than handwritten digits do") }, "\(reading.warnings)")
        #expect(reading.needsChecking(threshold: 0.5))
    }
}
