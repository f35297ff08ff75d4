import Foundation
import Testing
@testable import UserImages

/// Answers that say when they are unsure (issue 22): a picture of several digits read as one says so, and a number
/// names the digit to check.
@Suite struct UnsureAnswersTests {
    /// A row of `count` digits: rings and bars in turn (0, 1, 0, 1, …).
    static func row(_ count: Int) -> InkSketch {
        var page = InkSketch(width: 40 + count * 70, height: 120)
        for index in 0..<count {
            let x = 50 + Double(index) * 70
            if index.isMultiple(of: 2) { page.ring(x, 60, rx: 18, ry: 30) } else { page.bar(x, top: 28, height: 64) }
        }
        return page
    }

    @Test(arguments: [2, 5, 8])
    func aRowOfDigitsReadAsOneSaysHowManyItHolds(count: Int) throws {
        let result = try DigitPreprocessor().digit(from: Self.row(count).image, file: "row.png")
        #expect(result.warnings.contains("this picture seems to hold \(count) digits: try whole-number mode"), "\(result.warnings)")
        #expect(!result.warnings.contains { $0.contains("separate marks") }, "one warning, the useful one")
    }

    @Test func oneDigitInPiecesGetsNoHint() throws {
        var five = InkSketch(width: 160, height: 160)
        five.line(60, 40, 110, 40)  // the detached bar of a 5
        five.bar(60, top: 48, height: 30)
        five.ring(80, 100, rx: 22, ry: 24)
        var four = InkSketch(width: 160, height: 160)
        four.line(70, 30, 45, 95)
        four.line(45, 95, 115, 95)
        four.bar(98, top: 55, height: 80)  // the upright, apart from the rest
        var seven = InkSketch(width: 120, height: 120)
        seven.line(30, 25, 90, 25)
        seven.line(90, 25, 50, 100)
        for (name, sketch) in [("five", five), ("four", four), ("seven", seven)] {
            let warnings = try DigitPreprocessor().digit(from: sketch.image, file: name).warnings
            #expect(!warnings.contains { $0.contains("seems to hold") }, "\(name): \(warnings)")
        }
    }

    @Test func theShippedZIPCodeReadAsOneDigitSaysItHoldsFive() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Reports/images/zip-code.jpg").path
        let result = try DigitPreprocessor().digit(from: try ImageDecoder.read(path), file: "zip-code.jpg")
        #expect(result.warnings.contains("this picture seems to hold 5 digits: try whole-number mode"), "\(result.warnings)")
    }

    /// A row of `count` digits read by a classifier sure of each but the 4th (57%) and the 5th (81.2%).
    static func reading(of count: Int) throws -> NumberReading {
        var position = 0
        return try NumberReader().read(Self.row(count).image, file: "row.png") { digits in
            digits.map { _ in
                defer { position += 1 }
                var row = [Float](repeating: 0.001, count: 10)
                row[1] = position == 3 ? 0.57 : position == 4 ? 0.812 : 0.99
                row[7] = 1 - row[1]
                return row
            }
        }
    }

    @Test func aNumberNamesTheDigitsToCheck() throws {
        let reading = try Self.reading(of: 5)
        #expect(reading.doubts() == ["the 4th digit, read as 1 at 57%", "the 5th digit, read as 1 at 81%"])
        #expect(reading.doubts(threshold: 0.6, names: ["a", "b", "c", "d", "e"]) == ["the 4th digit, read as d at 57%"])
        #expect(reading.checkAdvice() == "Check by hand: the 4th digit, read as 1 at 57%; the 5th digit, read as 1 at 81%.")
        #expect(reading.checkAdvice(threshold: 0.5) == nil)
        #expect(reading.doubts(threshold: 0.57) == ["the 4th digit, read as 1 at 56.9%"],
                "a doubtful digit is never shown at the threshold: 0.57 as a Float is 0.56999…, rounded down")
    }

    @Test func ordinals() {
        #expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map(NumberReading.ordinal)
            == ["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "101st", "111th"])
    }
}

