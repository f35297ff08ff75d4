import Foundation
import IDX
import TestSupport
import Testing
@testable import Grading

/// A rubric line that nobody can earn, that most cannot, or that everyone earns in full is named, with thresholds from
/// the class's own values that would spread it.
@Suite struct RubricReachTests {
    static let accuracy = RubricItem(name: "Accuracy", metric: .accuracy, points: 60, scale: .linear(zero: 0.90, full: 0.99))
    static let calibration = RubricItem(name: "Calibration", metric: .expectedCalibrationError, points: 10,
                                        scale: .linear(zero: 0.05, full: 0.01))
    static let f1 = RubricItem(name: "Every digit", metric: .macroF1, points: 20,
                               scale: .steps([.init(threshold: 0.95, points: 10), .init(threshold: 0.98, points: 20)]))

    /// Each student's scored lines for `items`, student `s` having value `values[item][s]` (nil: no value).
    static func students(_ items: [RubricItem], _ values: [[Double?]]) -> [[Grade.Line]] {
        (0..<values[0].count).map { student in
            items.indices.map { index in
                let value = values[index][student]
                return Grade.Line(item: items[index], value: value, points: value.map(items[index].points(for:)) ?? 0, reason: nil)
            }
        }
    }

    /// Eleven values evenly from `low` to `high`.
    static func even(_ low: Double, _ high: Double) -> [Double?] { (0...10).map { low + (high - low) * Double($0) / 10 } }

    @Test func aLineNobodyEarnsIsOutOfReachWithThresholdsFromTheClass() throws {
        // Calibration errors from 0.06 to 0.16: all worse than the 0.05 that gives any point. Accuracy spreads.
        let reach = RubricReach(rubric: [Self.accuracy, Self.calibration],
                                students: Self.students([Self.accuracy, Self.calibration], [Self.even(0.90, 0.99), Self.even(0.06, 0.16)]))
        let line = try #require(reach.lines.first)
        #expect(reach.lines.count == 1 && line.item == Self.calibration && line.problem == .outOfReach)
        #expect(line.students == 11 && abs(line.lowest - 0.06) < 1e-12 && abs(line.highest - 0.16) < 1e-12)
        #expect(abs(line.median - 0.11) < 1e-12)
        // Lower is better: no points at the worst tenth (0.15), all at the best tenth (0.07).
        #expect(line.suggestion == .linear(zero: 0.15, full: 0.07))
        #expect(line.sentence.contains("\"Calibration\" (expected_calibration_error) is out of everyone's reach: none of 11 students"))
        #expect(line.sentence.contains("{zero: 0.15, full: 0.07}"), "\(line.sentence)")
        // The suggested scale does spread the class: the worst get nothing, the best everything, the middle between.
        let suggested = RubricItem(name: "C", metric: .expectedCalibrationError, points: 10, scale: try #require(line.suggestion))
        #expect(suggested.points(for: 0.16) == 0 && suggested.points(for: 0.06) == 10 && abs(suggested.points(for: 0.11) - 5) < 1e-9)
    }

    @Test func fullMarksForEveryoneAndOutOfReachForMostAreNamed() {
        // Accuracy 0.995 to 0.999: all above 0.99. Calibration: one student at 0.01, the rest at 0.049 (a tenth of a point).
        let calibration: [Double?] = [0.01] + Array(repeating: 0.049, count: 10)
        let reach = RubricReach(rubric: [Self.accuracy, Self.calibration],
                                students: Self.students([Self.accuracy, Self.calibration], [Self.even(0.995, 0.999), calibration]))
        #expect(reach.lines.map(\.problem) == [.fullMarksForEveryone, .outOfReachForMost])
        #expect(reach.lines.first?.sentence.contains("gives everyone full marks: all 11 students earned its 60 points") == true)
        #expect(reach.lines.last?.sentence.contains("is out of reach for most: the median student earned 0.2500 of its 10 points") == true,
                "\(reach.lines.last?.sentence ?? "")")
    }

    @Test func stepsAreSuggestedAtTheQuantilesThatDivideTheClassEvenly() throws {
        // Macro F1 from 0.80 to 0.90: below the first step of 0.95. Two steps: at the class's first and second thirds.
        let reach = RubricReach(rubric: [Self.f1], students: Self.students([Self.f1], [Self.even(0.80, 0.90)]))
        let line = try #require(reach.lines.first)
        #expect(line.problem == .outOfReach)
        guard case let .steps(steps)? = line.suggestion else { Issue.record("no steps suggested"); return }
        #expect(steps.map(\.points) == [10, 20])
        #expect(abs(steps[0].threshold - 0.833) < 1e-9 && abs(steps[1].threshold - 0.867) < 1e-9, "\(steps)")
        #expect(line.sentence.contains("steps: [[0.833, 10], [0.867, 20]]"), "\(line.sentence)")
    }

    @Test func aLineThatSpreadsTheClassOrTooFewValuesSayNothing() {
        #expect(RubricReach(rubric: [Self.accuracy], students: Self.students([Self.accuracy], [Self.even(0.90, 0.99)])).lines.isEmpty)
        // Four students with a value (the rest are label-only files): too few to judge a line; identical values: no suggestion.
        let values: [Double?] = [0.2, 0.2, 0.2, 0.2] + Array(repeating: nil, count: 7)
        #expect(RubricReach(rubric: [Self.calibration], students: Self.students([Self.calibration], [values])).lines.isEmpty)
        let same: [Double?] = Array(repeating: 0.2, count: 6)
        let line = RubricReach(rubric: [Self.calibration], students: Self.students([Self.calibration], [same])).lines.first
        #expect(line?.problem == .outOfReach && line?.suggestion == nil)
        let rule = "(values 0.2000 to 0.2000, median 0.2000; 0 points at 0.05, 10 at 0.01, linear between)."
        #expect(line?.sentence.hasSuffix(rule) == true,
                "\(line?.sentence ?? "")")
    }

    @Test func gradingAClassSaysItOnTheClassPageAndInItsWarnings() throws {
        // Six students with 2 to 7 of 20 wrong: a line that needs 99.9% accuracy gives nobody anything.
        let folder = TemporaryDirectory("rubric-reach")
        let key = (0..<20).map { $0 % 10 }
        try IDXWriter.write(labels: key.map(UInt8.init), to: folder.file("key.idx"))
        try FileManager.default.createDirectory(atPath: folder.file("in"), withIntermediateDirectories: true)
        for student in 0..<6 {
            let rows = key.enumerated().map { "\($0.offset),\($0.offset < student + 2 ? ($0.element + 1) % 10 : $0.element)" }
            let csv = "id,label\n" + rows.joined(separator: "\n") + "\n"
            try Data(csv.utf8).write(to: URL(fileURLWithPath: folder.file("in/s\(student).csv")))
        }
        let yaml = "title: Quiz\nlabels: key.idx\nrubric:\n  - {name: Accuracy, metric: accuracy, points: 10, zero: 0.5, full: 1.0}\n"
            + "  - {name: Perfect, metric: accuracy, points: 5, zero: 0.999, full: 1.0}\n"
        try Data(yaml.utf8).write(to: URL(fileURLWithPath: folder.file("assignment.yaml")))
        let (_, warnings) = try GradingJob(assignment: folder.file("assignment.yaml"), submissions: folder.file("in"),
                                           out: folder.file("out")).grade()
        let sentence = "Rubric line \"Perfect\" (accuracy) is out of everyone's reach: none of 6 students earned any of its 5 points"
        #expect(warnings.count == 1 && warnings.first?.hasPrefix(sentence) == true, "\(warnings)")
        let page = try String(contentsOfFile: folder.file("out/class.html"), encoding: .utf8)
        #expect(page.contains("<div class=\"callout review\">\n<p>" + sentence.replacingOccurrences(of: "\"", with: "&quot;")))
        #expect(!page.contains("Rubric line &quot;Accuracy&quot;"))
    }

    @Test func thresholdsAreRoundedToThreeSignificantDigits() {
        #expect(RubricReach.rounded(0.0123456) == 0.0123 && RubricReach.rounded(0.98765) == 0.988)
        #expect(RubricReach.rounded(12_345) == 12_300 && RubricReach.rounded(0) == 0 && RubricReach.rounded(-1.2345) == -1.23)
    }
}
