import Foundation
import Testing
@testable import Grading

/// The assignment file of the example reads as written; every malformed field is an error at its line.
@Suite struct AssignmentFileTests {
    static let example = """
        title: Digit classifier (assignment 2)
        labels: key/t10k-labels-idx1-ubyte.gz     # the answer key
        images: key/t10k-images-idx3-ubyte.gz
        seed: 0
        public_fraction: 0.3
        due: 2026-12-01T23:59:00Z
        late: {percent_per_day: 10, max_days: 5}
        rubric:
          - {name: Accuracy, metric: accuracy, points: 60, zero: 0.90, full: 0.99}
          - {name: Every digit, metric: macro_f1, points: 20, steps: [[0.95, 10], [0.98, 20]]}
          - {name: Calibration, metric: expected_calibration_error, points: 10, zero: 0.05, full: 0.01}
          - {name: Log loss, metric: log_loss, points: 10, zero: 0.30, full: 0.05}
        roster: roster.csv
        canvas_assignment_id: 1234

        """

    @Test func theExampleReadsAsWritten() throws {
        let assignment = try AssignmentFile.parse(Self.example, file: "class/assignment.yaml")
        #expect(assignment.title == "Digit classifier (assignment 2)")
        #expect(assignment.labels == "class/key/t10k-labels-idx1-ubyte.gz" && assignment.roster == "class/roster.csv")
        #expect(assignment.publicFraction == 0.3 && assignment.seed == 0)
        #expect(assignment.due == Date(timeIntervalSince1970: 1_796_169_540))
        #expect(assignment.late == LatePolicy(percentPerDay: 10, maximumDays: 5))
        #expect(assignment.rubric.map(\.name) == ["Accuracy", "Every digit", "Calibration", "Log loss"])
        #expect(assignment.rubric[1].scale == .steps([.init(threshold: 0.95, points: 10), .init(threshold: 0.98, points: 20)]))
        #expect(assignment.maximumPoints == 100)
        #expect(assignment.canvasColumn == "Digit classifier (assignment 2) (1234)")
    }

    /// The error for the example with `line` (1-based) replaced by `replacement`.
    func error(replacingLine line: Int, with replacement: String) -> AssignmentError? {
        var lines = Self.example.components(separatedBy: "\n")
        lines[line - 1] = replacement
        do {
            _ = try AssignmentFile.parse(lines.joined(separator: "\n"), file: "a.yaml")
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: [
        (4, "seeds: 3", 4, "seeds", "unknown field"),
        (9, "  - {name: Accuracy, metric: acuracy, points: 60, zero: 0.9, full: 0.99}", 9, "rubric[1].metric",
         "\"acuracy\" is not a metric"),
        (11, "  - {name: Calibration, metric: expected_calibration_error, points: 10, zero: 0.01, full: 0.05}", 11,
         "rubric[3].full", "lower is better"),
        (9, "  - {name: Accuracy, metric: accuracy, points: 60, zero: 0.9, full: 0.99, steps: [[0.9, 1]]}", 9, "rubric[1]",
         "either zero and full"),
        (10, "  - {name: Accuracy, metric: macro_f1, points: 20, steps: [[0.95, 10]]}", 10, "rubric[2].name", "names two items"),
        (10, "  - {name: Every digit, metric: macro_f1, points: 20, steps: [[0.95, 30]]}", 10, "rubric[2].steps[1]",
         "points must be from 0 to the item's 20"),
        (12, "  - {name: Log loss, metric: log_loss, zero: 0.30, full: 0.05}", 12, "rubric[4].points", "missing"),
        (5, "public_fraction: 1.5", 5, "public_fraction", "between 0 and 1"),
        (6, "due: tomorrow", 6, "due", "ISO 8601"),
        (6, "# no due time", 7, "late", "needs a due time"),
        (7, "late: {percent_per_day: 10, max_days: 5, grace: 1}", 7, "late.grace", "unknown field"),
        (14, "canvas_assignment_id: 0", 14, "canvas_assignment_id", "at least 1"),
        (1, "# no title", 1, "title", "missing"),
        (3, "images: [key", 4, "", "not valid YAML"),
    ])
    func aMalformedFieldIsAnErrorAtItsLine(line: Int, replacement: String, errorLine: Int, field: String, message: String) {
        let error = self.error(replacingLine: line, with: replacement)
        #expect(error?.line == errorLine, "\(String(describing: error))")
        #expect(error?.field == field)
        #expect(error?.message.contains(message) == true, "\(String(describing: error))")
        #expect(error?.description.hasPrefix("a.yaml:\(errorLine): ") == true)
    }

    @Test func anEmptyRubricIsAnError() {
        let empty = #expect(throws: AssignmentError.self) { try AssignmentFile.parse("title: T\nlabels: l\nrubric: []\n", file: "a.yaml") }
        #expect(empty?.description == "a.yaml:3: field rubric: must be a list of at least one item")
    }

    @Test func anEmptyOrMissingFileIsAnErrorNamingIt() {
        #expect(throws: AssignmentError.self) { try AssignmentFile.parse("", file: "a.yaml") }
        let missing = #expect(throws: AssignmentError.self) { try AssignmentFile.read("/nonexistent/assignment.yaml") }
        #expect(missing?.file == "/nonexistent/assignment.yaml")
    }
}
