import FileIO
import Foundation

/// Trying a rubric before students hand anything in: the points a reference submission would earn on each line.
///
/// The reference is a predictions file or run folder, read and scored exactly as a student's; or, without one, the
/// answer key itself blurred: every answer right, with probability 1 − `blur` on the true digit and `blur` shared
/// evenly by the others (a perfect classifier that is not quite sure), which shows the lines that even it cannot earn.
public struct RubricCheck {
    /// What was scored, in words.
    public let reference: String
    /// The reference's result: graded with its points, or not gradable with its problems.
    public let result: StudentResult

    /// Scores the reference for the assignment at `assignmentPath`: `submission` when given, else the blurred key.
    public init(assignment assignmentPath: String, submission: String?, blur: Double) throws {
        let assignment = try AssignmentFile.read(assignmentPath)
        let grading = try ClassGrading(loading: assignment)
        if let submission {
            guard FileManager.default.fileExists(atPath: submission) else {
                throw FileError(path: submission, kind: .notFound, detail: "no such submission file or folder")
            }
            reference = submission
            // `grade` gives one result per submission.
            result = grading.grade([SubmissionFolder.single(submission)])[0]
        } else {
            reference = "the answer key: every answer right, with probability \(FeedbackText.figure(1 - blur)) on the true digit"
            result = grading.scored("key", labels: grading.key,
                                    probabilities: Self.blurred(grading.key, classes: grading.classes, blur: blur))
        }
    }

    /// Each rubric line's name, value, rule and points, as the feedback pages explain them; empty when not gradable.
    public var explanations: [String] {
        (result.grade?.lines ?? []).map { "\($0.item.name): " + FeedbackText.explanation(of: $0, [:]) }
    }

    /// One probability row per label: 1 − `blur` on the label, `blur` shared evenly by the other classes.
    public static func blurred(_ labels: [Int], classes: Int, blur: Double) -> [[Double]] {
        let other = classes > 1 ? blur / Double(classes - 1) : 0
        return labels.map { label in (0..<classes).map { $0 == label ? 1 - blur : other } }
    }
}
