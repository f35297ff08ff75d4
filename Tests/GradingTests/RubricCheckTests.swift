import Foundation
import IDX
import TestSupport
import Testing
@testable import Grading

/// Trying a rubric before anyone submits: the blurred answer key or a given file scored line by line.
@Suite struct RubricCheckTests {
    /// An assignment on a 20-label key with an accuracy, a calibration and a log-loss line.
    static func assignment() throws -> TemporaryDirectory {
        let folder = TemporaryDirectory("rubric-check")
        try IDXWriter.write(labels: (0..<20).map { UInt8($0 % 10) }, to: folder.file("key.idx"))
        let yaml = """
            title: Quiz
            labels: key.idx
            rubric:
              - {name: Accuracy, metric: accuracy, points: 60, zero: 0.9, full: 0.99}
              - {name: Calibration, metric: expected_calibration_error, points: 10, zero: 0.05, full: 0.01}
              - {name: Log loss, metric: log_loss, points: 10, zero: 0.30, full: 0.05}

            """
        try Data(yaml.utf8).write(to: URL(fileURLWithPath: folder.file("assignment.yaml")))
        return folder
    }

    @Test func theBlurredKeyShowsTheLinesEvenAPerfectClassifierCannotEarn() throws {
        let folder = try Self.assignment()
        let check = try RubricCheck(assignment: folder.file("assignment.yaml"), submission: nil, blur: 0.1)
        let grade = try #require(check.result.grade)
        #expect(check.result.status == .graded && check.reference.contains("probability 0.9000 on the true digit"))
        // Every answer right: full accuracy points; 90% sure of each: calibration error 0.1 (no points), log loss -ln 0.9.
        #expect(grade.lines[0].value == 1 && grade.lines[0].points == 60)
        #expect(abs((grade.lines[1].value ?? 0) - 0.1) < 1e-9 && grade.lines[1].points == 0)
        #expect(abs((grade.lines[2].value ?? 0) + log(0.9)) < 1e-9)
        #expect(abs(grade.lines[2].points - 10 * (0.30 + log(0.9)) / 0.25) < 1e-9)
        let sure = try #require(try RubricCheck(assignment: folder.file("assignment.yaml"), submission: nil, blur: 0.005).result.grade)
        #expect(sure.total == 80)
    }

    @Test func aGivenFileIsScoredAsAStudentsAndAMalformedOneListsItsProblems() throws {
        let folder = try Self.assignment()
        // Two of twenty wrong, labels only: 90% accuracy earns no accuracy point; no probabilities, no value for the rest.
        let rows = (0..<20).map { "\($0),\($0 < 2 ? ($0 + 1) % 10 : $0 % 10)" }
        try Data(("id,label\n" + rows.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: folder.file("ref.csv")))
        let check = try RubricCheck(assignment: folder.file("assignment.yaml"), submission: folder.file("ref.csv"), blur: 0.1)
        let grade = try #require(check.result.grade)
        #expect(check.reference == folder.file("ref.csv") && abs((grade.lines[0].value ?? 0) - 0.9) < 1e-12 && grade.total == 0)
        #expect(grade.lines[1].value == nil && grade.lines[1].reason != nil)
        try Data("id,label\n0,x\n".utf8).write(to: URL(fileURLWithPath: folder.file("bad.csv")))
        let bad = try RubricCheck(assignment: folder.file("assignment.yaml"), submission: folder.file("bad.csv"), blur: 0.1)
        #expect(bad.result.status == .invalid && bad.result.problems.contains { $0.contains("line 2") })
        #expect(throws: (any Error).self) {
            try RubricCheck(assignment: folder.file("assignment.yaml"), submission: folder.file("absent.csv"), blur: 0.1)
        }
    }

    @Test func blurredRowsKeepTheTrueDigitFirstAndSumToOne() {
        let rows = RubricCheck.blurred([3, 0], classes: 10, blur: 0.18)
        #expect(rows.allSatisfy { abs($0.reduce(0, +) - 1) < 1e-12 })
        #expect(abs(rows[0][3] - 0.82) < 1e-12 && abs(rows[0][0] - 0.02) < 1e-12 && rows[1].firstIndex(of: rows[1].max() ?? 0) == 0)
    }
}
