import Foundation
import TestSupport
import Testing
@testable import ReadingBenchmark

@Suite("Reading baseline")
struct ReadingBaselineTests {
    func score(_ id: String, right: Int, refused: Int = 0, digits: Int = 200) -> ConditionScore {
        ConditionScore(id: id, digits: digits, right: right, refused: refused, referenceRight: 150, referenceRefused: 0)
    }

    var baseline: ReadingBaseline {
        ReadingBaseline(seed: 0, digits: 200, note: "made up", conditions: [
            score("plain", right: 198), score("desk", right: 190), score("fill-dark", right: 160, refused: 20),
        ])
    }

    @Test("a condition more than 2 points below the baseline fails, named; 2 points or fewer pass")
    func accuracyDrop() {
        #expect(baseline.regressions(in: [score("plain", right: 194), score("desk", right: 199)]).isEmpty)  // exactly 2 points
        let failed = baseline.regressions(in: [score("plain", right: 193), score("desk", right: 190)])  // 2.5 points
        #expect(failed.count == 1)
        #expect(failed.first?.hasPrefix("plain: accuracy 96.5%, 2.5 points below the baseline's 99.0%") == true)
    }

    @Test("a refusal where the baseline had none fails even when accuracy holds; more refusals where it had some do not")
    func newRefusal() {
        let failed = baseline.regressions(in: [score("desk", right: 190, refused: 1), score("fill-dark", right: 160, refused: 25)])
        #expect(failed == ["desk: 1 of 200 refused, where the baseline refused none"])
    }

    @Test("conditions the baseline does not hold are not compared")
    func unknownCondition() {
        #expect(baseline.regressions(in: [score("chalk", right: 0, refused: 200)]).isEmpty)
    }

    @Test("a baseline written and read back is the same; a different seed or digit count is refused")
    func roundTrip() throws {
        let folder = TemporaryDirectory()
        let path = folder.file("baseline.json")
        try baseline.write(to: path)
        #expect(try ReadingBaseline.read(path) == baseline)
        #expect(throws: Never.self) { try baseline.checkComparable(seed: 0, digits: 200, file: path) }
        #expect(throws: ReadingBaseline.Mismatch.self) { try baseline.checkComparable(seed: 0, digits: 20, file: path) }
    }

    @Test("a file that is not a baseline is an error naming it and what is missing")
    func badFile() throws {
        let folder = TemporaryDirectory()
        let path = folder.write(Array(#"{"seed": 0, "digits": 20, "note": "x"}"#.utf8), to: "baseline.json")
        let error = try #require(throws: ReadingBaseline.Mismatch.self) { try ReadingBaseline.read(path) }
        #expect(error.description == "\(path): not a reading baseline: no \"conditions\"")
        let garbage = folder.write(Array("not json".utf8), to: "garbage.json")
        #expect(throws: ReadingBaseline.Mismatch.self) { try ReadingBaseline.read(garbage) }
    }

    @Test("the committed baselines hold every condition, for seed 0 and 20 and 200 digits", arguments: [20, 200])
    func committedBaselines(digits: Int) throws {
        let folder = (URL(fileURLWithPath: #filePath).deletingLastPathComponent().path as NSString).appendingPathComponent("Baselines")
        let committed = try ReadingBaseline.read((folder as NSString).appendingPathComponent("reading-\(digits).json"))
        #expect(committed.seed == 0 && committed.digits == digits)
        #expect(committed.conditions.map(\.id) == ReadingConditions.all.map(\.id))
        #expect(committed.conditions.allSatisfy { $0.digits == digits })
    }
}
