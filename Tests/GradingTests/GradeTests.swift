import Foundation
import Testing
@testable import Grading

/// A submission's points, checked against values worked out here independently of the metrics code.
@Suite struct GradeTests {
    static let truth = (0..<100).map { $0 % 10 }
    /// Four mistakes: examples 0, 11, 22 and 33 are called one class higher.
    static let predicted = truth.enumerated().map { [0, 11, 22, 33].contains($0.offset) ? ($0.element + 1) % 10 : $0.element }

    /// Macro F1 from its definition: the mean over classes of 2·TP / (2·TP + FP + FN).
    static func macroF1() -> Double {
        (0..<10).map { c -> Double in
            let tp = zip(truth, predicted).filter { $0 == c && $1 == c }.count
            let fp = zip(truth, predicted).filter { $0 != c && $1 == c }.count
            let fn = zip(truth, predicted).filter { $0 == c && $1 != c }.count
            return 2 * Double(tp) / Double(2 * tp + fp + fn)
        }.reduce(0, +) / 10
    }

    static func assignment() throws -> Assignment {
        try AssignmentFile.parse(AssignmentFileTests.example, file: "a.yaml")
    }

    @Test func aLabelOnlySubmissionScoresItsLabelsAndNothingForProbabilityMetrics() throws {
        let assignment = try Self.assignment()
        let values = MetricValues(trueLabels: Self.truth, predictedLabels: Self.predicted, probabilities: nil, classes: 10)
        let grade = Grade(assignment, values: values, submitted: assignment.due)
        #expect(abs(grade.lines[0].points - 60 * (0.96 - 0.90) / 0.09) < 1e-9)
        #expect(abs((grade.lines[1].value ?? 0) - Self.macroF1()) < 1e-12)
        #expect(grade.lines[1].points == (Self.macroF1() >= 0.98 ? 20 : Self.macroF1() >= 0.95 ? 10 : 0))
        #expect(grade.lines[2].points == 0 && grade.lines[3].points == 0)
        #expect(grade.lines[3].reason == .labelsOnly(classes: 10))
        #expect(FeedbackText.explanation(of: grade.lines[3], [:]).contains("needs class probabilities (columns p0…p9)"))
        #expect(grade.daysLate == 0 && grade.latePenalty == 0 && grade.maximum == 100)
        #expect(abs(grade.total - grade.lines.map(\.points).reduce(0, +)) < 1e-12)
    }

    @Test func probabilitiesScoreTheirMetricsAndLatenessCostsAShareOfTheEarnedPoints() throws {
        let assignment = try Self.assignment()
        let probabilities = Self.predicted.map { best in (0..<10).map { $0 == best ? 0.91 : 0.01 } }
        let values = MetricValues(trueLabels: Self.truth, predictedLabels: Self.predicted, probabilities: probabilities, classes: 10)
        let due = try #require(assignment.due)
        let grade = Grade(assignment, values: values, submitted: due.addingTimeInterval(2 * 86_400 + 3_600))
        let logLoss = (96 * -log(0.91) + 4 * -log(0.01)) / 100
        #expect(abs((grade.lines[3].value ?? 0) - logLoss) < 1e-12)
        #expect(abs(grade.lines[3].points - 10 * (logLoss - 0.30) / (0.05 - 0.30)) < 1e-9)
        #expect(abs((grade.lines[2].value ?? 0) - 0.05) < 1e-12, "every confidence is 0.91 and accuracy 0.96")
        #expect(grade.daysLate == 3)
        let earned = grade.lines.map(\.points).reduce(0, +)
        #expect(abs(grade.latePenalty - 0.3 * earned) < 1e-9 && abs(grade.total - 0.7 * earned) < 1e-9)
        let tooLate = Grade(assignment, values: values, submitted: due.addingTimeInterval(6 * 86_400))
        #expect(tooLate.total == 0 && tooLate.earned == earned, "graded and shown, but worth nothing")
    }
}
