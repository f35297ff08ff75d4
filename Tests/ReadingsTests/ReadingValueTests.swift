import Foundation
import Testing
import UserImages
@testable import Readings

/// The reading values every front-end formats: their names, sentences and JSON shapes.
@Suite struct ReadingValueTests {
    /// Dark vertical bars on light paper, as PNG bytes.
    static func bars(width: Int, height: Int, columns: [Int]) throws -> [UInt8] {
        var pixels = [UInt8](repeating: 240, count: width * height)
        for x0 in columns { for y in (height / 5)..<(height * 4 / 5) { for x in x0..<(x0 + 5) { pixels[y * width + x] = 20 } } }
        return try PNGCodec.encode(try #require(GreyImage(width: width, height: height, pixels: pixels)))
    }

    @Test func aDigitIsNamedByItsClassAndRankedWithTiesInClassOrder() throws {
        let digit = try PreparedDigit(bytes: Self.bars(width: 56, height: 56, columns: [26]), file: "a \"bar\".png")
        #expect(digit.width == 56 && digit.input.width == 28)
        let probabilities = [0.1, 0.3, 0.3, 0.2, 0.1]
        let reading = DigitReading(digit, probabilities: probabilities, classes: ["zero", "one", "two", "three", "four"], run: "lr")
        #expect(reading.ranked == [1, 2, 3, 0, 4] && reading.digit == "one" && reading.probability == 0.3)
        #expect(reading.sentence == "lr reads one with probability 30.0%; next: two (30.0%), three (20.0%).")
        #expect(reading.chart.predicted == 1 && reading.chart.summary.hasSuffix(reading.sentence),
                "the chart highlights the class the sentence names, between equals too")
        let unnamed = DigitReading(digit, probabilities: probabilities, classes: ["zero"], run: "lr", file: "other.png")
        #expect(unnamed.digit == "1" && unnamed.file == "other.png" && unnamed.chart.classes == ["zero", "1", "2", "3", "4"])

        let json = try JSONSerialization.jsonObject(with: Data(ReadingJSON.text(reading).utf8)) as? [String: Any]
        let object = try #require(json)
        #expect(Set(object.keys) == ["file", "digit", "probabilities", "run", "preprocessed", "width", "height", "warnings", "classes",
                                     "sentence", "announcement"])
        #expect(object["sentence"] as? String == reading.sentence)
        #expect(object["announcement"] as? String == "The digit is one, 30.0% sure; next two.")
        #expect(object["file"] as? String == "a \"bar\".png" && object["digit"] as? String == "one")
        #expect(object["probabilities"] as? [Double] == probabilities)
        #expect((object["preprocessed"] as? String)?.hasPrefix("data:image/png;base64,") == true)
    }

    @Test func aNumberNamesItsDigitsAndDoubtsByClassName() throws {
        let page = try ImageDecoder.decode(Self.bars(width: 240, height: 100, columns: [40, 110, 180]), file: "row.png")
        let sureOfTwo: NumberReader.Classifier = { digits in
            digits.map { _ in [0.05, 0.05, 0.6, 0.3] }
        }
        let result = try NumberResult(reading: page, file: "row.png", classify: sureOfTwo, classes: ["a", "b", "c", "d"], run: "lr")
        #expect(result.number == "ccc" && result.digits.map(\.digit) == ["c", "c", "c"])
        #expect(result.doubts.first == "the 1st digit, read as c at 60%" && result.check?.hasPrefix("Check by hand: the 1st") == true)
        #expect(result.sentence.hasPrefix("lr reads ccc: 3 digits, all of them right with probability 21.6"))
        #expect(result.boxesPicture.boxes.allSatisfy { $0.doubtful && $0.reading == "c" })

        let json = try JSONSerialization.jsonObject(with: Data(ReadingJSON.text(result).utf8)) as? [String: Any]
        let object = try #require(json)
        #expect(Set(object.keys) == ["file", "number", "confidence", "digits", "run", "width", "height", "check", "doubts", "warnings",
                                     "sentence", "announcement"])
        let digits = try #require(object["digits"] as? [[String: Any]])
        #expect(digits.count == 3 && Set(digits[0].keys) == ["digit", "probability", "box"] && digits[0]["digit"] as? String == "c")

        let sure = try NumberResult(reading: page, file: "row.png", classify: sureOfTwo, classes: ["a", "b", "c", "d"], run: "lr",
                                    threshold: 0.5)
        let calm = try #require(try JSONSerialization.jsonObject(with: Data(ReadingJSON.text(sure).utf8)) as? [String: Any])
        #expect(calm["check"] == nil && (calm["doubts"] as? [String])?.isEmpty == true, "nothing to check below a threshold of 0.5")
    }
}
