import Foundation
import Randomness
import Testing
import UserImages
@testable import ReadingBenchmark

@Suite("Reading benchmark")
struct ReadingBenchmarkTests {
    /// A stand-in for a model that reads every input as 0.
    static func readsZero(_ digits: [GreyImage]) -> [[Float]] {
        digits.map { _ in [1, 0, 0, 0, 0, 0, 0, 0, 0, 0] }
    }

    @Test("right, wrong and refused are counted for the build and the reference, and each miss is reported")
    func counts() throws {
        let set = try DrawnDigits.testSet()
        let benchmark = ReadingBenchmark(images: set.images, labels: set.labels)
        var failures: [ReadingFailure] = []
        let scores = try benchmark.run(conditions: ReadingConditions.named(["plain"]), digits: 4, seed: 0, classify: Self.readsZero,
                                       failure: { failures.append($0) })
        // Zero labelled 0: right. Zero labelled 1: wrong. Blank: refused ("no digit found"). Seven: wrong.
        #expect(scores == [ConditionScore(id: "plain", digits: 4, right: 1, refused: 1, referenceRight: 1, referenceRefused: 1)])
        #expect(failures.map(\.index) == [1, 2, 3])
        #expect(failures.map(\.read) == [0, nil, 0])
        #expect(failures[1].input == nil && failures[1].reason?.contains("no digit found") == true)
        #expect(failures[0].input?.width == 28 && failures[0].file.kind == .greyPNG)
    }

    @Test("a condition's files do not depend on which other conditions run, nor on how many digits")
    func independentConditions() throws {
        let set = try DrawnDigits.testSet()
        let benchmark = ReadingBenchmark(images: set.images, labels: set.labels)
        func files(_ ids: [String], digits: Int) throws -> [[UInt8]] {
            var failures: [ReadingFailure] = []
            _ = try benchmark.run(conditions: ReadingConditions.named(ids), digits: digits, seed: 5, classify: { $0.map { _ in
                [0, 0, 0, 0, 0, 0, 0, 0, 0, 1] } }, failure: { failures.append($0) })  // reads 9: every digit is a failure
            return failures.filter { $0.condition == "noise" }.map(\.file.bytes)
        }
        let alone = try files(["noise"], digits: 4)
        #expect(alone.count == 4)
        #expect(try files(["desk", "noise"], digits: 4) == alone)
        #expect(try files(["noise"], digits: 2) == Array(alone.prefix(2)))
        #expect(try files(["noise"], digits: 4) == alone)
    }

    @Test("the plain reference crops, scales into 20x20 and centres the ink by mass")
    func plainReference() throws {
        var generator = SeededGenerator(seed: 0)
        let file = try ReadingConditions.named(["plain"])[0].make(try DrawnDigits.seven(), generator: &generator)
        let digit = try PlainReference.digit(from: ImageDecoder.decode(file.bytes, file: "seven"))
        #expect((digit.width, digit.height) == (28, 28))
        var mass = 0.0, sumX = 0.0, sumY = 0.0, rows = Set<Int>(), columns = Set<Int>()
        for y in 0..<28 {
            for x in 0..<28 where digit[x, y] > 0 {
                let value = Double(digit[x, y])
                (mass, sumX, sumY) = (mass + value, sumX + value * (Double(x) + 0.5), sumY + value * (Double(y) + 0.5))
                rows.insert(y)
                columns.insert(x)
            }
        }
        #expect(abs(sumX / mass - 14) <= 0.75 && abs(sumY / mass - 14) <= 0.75)
        #expect(rows.count == 20 && columns.count <= 20)
        #expect(digit.pixels.max() == 255)
        let blank = try #require(GreyImage(width: 50, height: 50, pixels: [UInt8](repeating: 240, count: 2_500)))
        #expect(throws: PlainReference.Uniform.self) { try PlainReference.digit(from: blank) }
    }
}
