import Foundation
import Testing
@testable import UserImages

/// Segmenting a row of digits, on pages drawn in the tests: ordering, merging the pieces of one digit, dropping specks,
/// cutting touching digits, and the errors.
@Suite struct NumberReaderTests {
    /// A classifier that is sure of everything and calls a digit 1 when its ink is narrow, else 0: enough to tell
    /// which pieces became which digits.
    static func sure(_ digits: [GreyImage]) -> [[Float]] {
        digits.map { digit in
            var columns = Set<Int>()
            for y in 0..<digit.height { for x in 0..<digit.width where digit[x, y] > 64 { columns.insert(x) } }
            var row = [Float](repeating: 0.001, count: 10)
            row[columns.count < 10 ? 1 : 0] = 0.99
            return row
        }
    }

    func read(_ sketch: InkSketch) throws -> NumberReading {
        try NumberReader().read(sketch.image, file: "page.png", classify: Self.sure)
    }

    @Test func readsSeparateDigitsLeftToRight() throws {
        var page = InkSketch(width: 320, height: 120)
        page.ring(60, 60, rx: 18, ry: 30)
        page.bar(130, top: 25, height: 70)
        page.ring(200, 68, rx: 18, ry: 30)  // a little lower: order is by column, not by row
        page.bar(265, top: 30, height: 70)
        let reading = try read(page)
        #expect(reading.number == "0101")
        #expect(reading.digits.map(\.box.x) == reading.digits.map(\.box.x).sorted())
        let first = try #require(reading.digits.first)
        #expect(abs(first.box.x - 39) <= 2 && abs(first.box.width - 43) <= 3 && abs(first.box.height - 67) <= 3, "\(first.box)")
        #expect(reading.merged == 0 && reading.split == 0)
        #expect(abs(reading.confidence - pow(0.99, 4)) < 1e-6)
    }

    @Test func mergesAFiveWithADetachedBarAndABrokenFour() throws {
        var page = InkSketch(width: 260, height: 130)
        // A 5: the top bar drawn apart from the body.
        page.line(40, 20, 80, 20)
        page.line(42, 32, 40, 62)
        page.ring(60, 85, rx: 20, ry: 24)
        // A 4 broken where the bar meets the upright.
        page.line(160, 20, 145, 75)
        page.line(145, 75, 178, 75)
        page.line(190, 30, 190, 110)
        let reading = try read(page)
        #expect(reading.digits.count == 2, "\(reading.digits.map(\.box))")
        #expect(reading.merged >= 2, "the 5's bar and the 4's upright join their digits")
    }

    @Test func dropsSpecksOfNoise() throws {
        var page = InkSketch(width: 300, height: 120)
        page.ring(70, 60, rx: 18, ry: 30)
        page.ring(160, 60, rx: 18, ry: 30)
        for (x, y) in [(20.0, 15.0), (120, 100), (230, 20), (280, 110)] { page.dot(x, y, radius: 1.5) }
        let reading = try read(page)
        #expect(reading.number == "00" && reading.dropped >= 4)
    }

    @Test func cutsTouchingDigitsApartWhereTheyMeet() throws {
        var page = InkSketch(width: 330, height: 120)
        page.ring(50, 60, rx: 24, ry: 30)     // on its own: how wide one digit is
        page.ring(150, 60, rx: 24, ry: 30)
        page.ring(196, 60, rx: 24, ry: 30)    // runs into the one before
        page.bar(275, top: 25, height: 70)
        let reading = try read(page)
        #expect(reading.number == "0001" && reading.split == 1, "\(reading.number) \(reading.digits.map(\.box))")
        let (left, right) = (reading.digits[1].box, reading.digits[2].box)
        #expect(abs(left.x + left.width - 173) <= 6 && abs(right.x - 173) <= 6, "the cut is where the rings meet: \(left) \(right)")
    }

    @Test func refusesAPageWithoutInkOrWithTooManyPieces() {
        let blank = InkSketch(width: 200, height: 100)
        let empty = #expect(throws: ImageError.self) { try read(blank) }
        #expect(empty?.kind == .empty && empty?.description.hasPrefix("page.png: no digits found") == true)
        var crowded = InkSketch(width: 900, height: 80)
        for index in 0..<40 { crowded.bar(12 + Double(index) * 22, top: 15, height: 50, pen: 2) }
        let error = #expect(throws: ImageError.self) { try read(crowded) }
        #expect(error?.kind == .crowded)
        #expect(error?.description == "page.png: 40 separate pieces of ink after merging the pieces of each digit; a number may have at "
            + "most 32 digits")
    }
}
