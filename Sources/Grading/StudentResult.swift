/// One student's outcome: graded with points, not gradable with every problem, or missing.
public struct StudentResult: Sendable {
    public enum Status: String, Sendable {
        case graded, invalid, missing
    }

    public let student: String
    public let status: Status
    /// The points, when graded (computed on the private part of the test set).
    public let grade: Grade?
    /// Why the submission cannot be graded, each problem with its line where it has one.
    public let problems: [String]
    /// The predicted label of every test example, when graded (for the class report's paired statistics).
    public let predictions: [Int]?
    /// The class probabilities of every test example, when the submission has them.
    public let probabilities: [[Double]]?
}
