import Evaluation
import Foundation

/// A results.json in Gradescope's autograder schema: top-level `score`, `visibility`, `output`, one entry of `tests`
/// per rubric item (`name`, `score`, `max_score`, `status`, `output`, `visibility`) and `leaderboard` entries (`name`,
/// `value`, `order`), the keys Gradescope's own library (gradescope-utils) writes.
/// With a public part of the test set, the leaderboard shows public accuracy and the rubric lines (computed on the
/// private part) become visible after the due date, as on Kaggle; otherwise everything is visible at once.
public enum GradescopeResults {
    /// The file for one submission; nil for a student who handed nothing in (Gradescope has nothing to attach it to).
    public static func json(_ result: StudentResult, assignment: Assignment, analysis: StudentFigures) -> String? {
        let lineVisibility = assignment.publicFraction == nil ? "visible" : "after_due_date"
        switch result.status {
        case .missing:
            return nil
        case .invalid:
            let output = "Not gradable: \(result.problems.count) problem\(result.problems.count == 1 ? "" : "s") "
                + "in the submission. Fix them and submit again:\n" + result.problems.prefix(50).map { "- " + $0 }.joined(separator: "\n")
                + (result.problems.count > 50 ? "\n- … and \(result.problems.count - 50) more of the kinds above" : "")
            let test: OrderedJSON = .object([
                ("name", .string("Submission file")), ("score", .number(0)), ("max_score", .number(assignment.maximumPoints)),
                ("status", .string("failed")), ("output", .string(output)), ("visibility", .string("visible")),
            ])
            return OrderedJSON.object([
                ("score", .number(0)), ("visibility", .string("visible")), ("output", .string(output)), ("tests", .array([test])),
            ]).text
        case .graded:
            guard let grade = result.grade else { return nil }
            let tests = grade.lines.map { line -> OrderedJSON in
                .object([
                    ("name", .string(line.item.name)), ("score", .number(rounded(line.points))),
                    ("max_score", .number(line.item.points)),
                    ("status", .string(line.points >= line.item.points - 1e-9 ? "passed" : "failed")),
                    ("output", .string(FeedbackText.explanation(of: line, analysis.intervals))),
                    ("visibility", .string(lineVisibility)),
                ])
            }
            var summary = "\(GradesTable.number(grade.total)) of \(GradesTable.number(grade.maximum)) points."
            if grade.latePenalty > 0 { summary += " " + FeedbackText.lateness(grade) }
            var board: [OrderedJSON] = []
            if let accuracy = analysis.publicAccuracy ?? analysis.privateAccuracy {
                let name = analysis.publicAccuracy == nil ? "Accuracy" : "Public accuracy"
                summary += String(format: " %@: %.4f.", name, accuracy)
                board.append(.object([("name", .string(name)), ("value", .number(rounded(accuracy, places: 4))),
                                      ("order", .string("desc"))]))
            }
            return OrderedJSON.object([
                ("score", .number(rounded(grade.total))), ("visibility", .string("visible")), ("output", .string(summary)),
                ("tests", .array(tests)), ("leaderboard", .array(board)),
            ]).text
        }
    }

    static func rounded(_ value: Double, places: Int = 2) -> Double {
        let scale = pow(10, Double(places))
        return (value * scale).rounded() / scale
    }
}
