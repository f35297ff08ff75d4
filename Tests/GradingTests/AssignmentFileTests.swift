import Foundation
import TestSupport
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
        (5, "public_fraction: 1.5", 5, "public_fraction", "more than 0 and at most 0.9"),
        (6, "due: tomorrow", 6, "due", "ISO 8601"),
        (6, "# no due time", 7, "late", "needs a due time"),
        (7, "late: {percent_per_day: 10, max_days: 5, grace: 1}", 7, "late.grace", "unknown field"),
        (14, "canvas_assignment_id: 0", 14, "canvas_assignment_id", "at least 1"),
        (1, "# no title", 1, "title", "missing"),
        (3, "images: [key", 4, "", "not valid YAML"),
        // Issue 21: totals that are not finite, a private part too small to grade on, impossible times, a bad time limit.
        (9, "  - {name: Accuracy, metric: accuracy, points: 1e308, zero: 0.9, full: 0.99}", 9, "rubric[1].points",
         "at most 1000000"),
        (10, "  - {name: Every digit, metric: macro_f1, points: 999999, steps: [[0.95, 10]]}", 8, "rubric", "add up to 1000079"),
        (9, "  - {name: Accuracy, metric: accuracy, points: 60, zero: -1e308, full: 0.99}", 9, "rubric[1].zero",
         "must be from -1000000 to 1000000"),
        (10, "  - {name: Every digit, metric: macro_f1, points: 20, steps: [[1e300, 10]]}", 10, "rubric[2].steps[1]",
         "must be from -1000000"),
        (5, "public_fraction: 0.99999", 5, "public_fraction", "at most 0.9, so that points use at least a tenth"),
        (6, "due: 2026-02-30T23:59:00Z", 6, "due", "has day 30 of month 2, which has 28 days in 2026"),
        (6, "due: 2026-12-01T23:59:00+25:00", 6, "due", "offsets go from -23:59 to +23:59"),
        (6, "due: 2026-12-01T24:00:00Z", 6, "due", "the latest is 23:59:59"),
        (14, "run_time_limit_seconds: 0", 14, "run_time_limit_seconds", "from 1 to 86400"),
        (14, "run_time_limit_seconds: .inf", 14, "run_time_limit_seconds", "must be a number"),
    ])
    func aMalformedFieldIsAnErrorAtItsLine(line: Int, replacement: String, errorLine: Int, field: String, message: String) {
        let error = self.error(replacingLine: line, with: replacement)
        #expect(error?.line == errorLine, "\(String(describing: error))")
        #expect(error?.field == field)
        #expect(error?.message.contains(message) == true, "\(String(describing: error))")
        #expect(error?.description.hasPrefix("a.yaml:\(errorLine): ") == true)
    }

    @Test func aFieldGivenTwiceIsAnErrorAtItsSecondLine() {
        let twice = #expect(throws: AssignmentError.self) {
            try AssignmentFile.parse("title: T\nlabels: l\ntitle: U\nrubric: []\n", file: "a.yaml")
        }
        #expect(twice?.description == "a.yaml:3: field title: given twice (first on line 1)")
        let inItem = #expect(throws: AssignmentError.self) {
            try AssignmentFile.parse("title: T\nlabels: l\nrubric:\n  - name: A\n    name: B\n    metric: accuracy\n", file: "a.yaml")
        }
        #expect(inItem?.description == "a.yaml:5: field name: given twice (first on line 4)", "a list item's first key counts too")
    }

    @Test func anEmptyRubricIsAnError() {
        let empty = #expect(throws: AssignmentError.self) { try AssignmentFile.parse("title: T\nlabels: l\nrubric: []\n", file: "a.yaml") }
        #expect(empty?.description == "a.yaml:3: field rubric: must be a list of at least one item")
    }

    @Test func aByteOrderMarkIsReadAndTheRunTimeLimitHasADefault() throws {
        let folder = TemporaryDirectory("assignment-bom")
        let path = folder.write([0xEF, 0xBB, 0xBF] + Array(Self.example.utf8), to: "assignment.yaml")
        let assignment = try AssignmentFile.read(path)
        #expect(assignment.title == "Digit classifier (assignment 2)" && assignment.runTimeLimit == 120)
        let limited = try AssignmentFile.parse(Self.example + "run_time_limit_seconds: 30\n", file: "a.yaml")
        #expect(limited.runTimeLimit == 30)
    }

    @Test func aFractionOfASecondOfAnyLengthCountsAndIsNeverDropped() throws {
        let due = try ISOTime.parse("2026-12-01T23:59:00Z").get()
        func days(_ text: String) throws -> Int { LatePolicy.daysLate(submitted: try ISOTime.parse(text).get(), due: due) }
        #expect(try days("2026-12-02T23:59:00.999999999999Z") == 2, "a day and almost a second late: two started days")
        #expect(try days("2026-12-01T23:59:00.000000000001Z") == 1, "a trillionth of a second late is late")
        #expect(try days("2026-12-01T23:59:00.000000000000Z") == 0)
        #expect(try days("2026-12-02T00:59:00.5+01:00") == 1)
        #expect(try ISOTime.parse("2024-02-29T00:00:00Z").get() == Date(timeIntervalSince1970: 1_709_164_800), "a leap day")
        for impossible in ["2026-02-29T00:00:00Z", "2026-13-01T00:00:00Z", "2026-12-01T23:60:00Z", "2026-12-01T23:59:00+01:60",
                           "2026-12-01T23:59:00.Z", "2026-12-01T23:59:00", "２026-12-01T23:59:00Z"] {
            #expect((try? ISOTime.parse(impossible).get()) == nil, "\(impossible)")
        }
    }

    @Test func aPrivatePartUnderAHundredImagesIsAWarningNamingTheField() throws {
        var assignment = try AssignmentFile.parse(Self.example, file: "a.yaml")
        assignment.publicFraction = 0.5
        let small = ClassGrading(assignment: assignment, key: Array(repeating: 0, count: 150))
        #expect(small.warnings.count == 1 && small.warnings.first?.contains("field public_fraction: points use only 75 of the 150") == true,
                "\(small.warnings)")
        #expect(ClassGrading(assignment: assignment, key: Array(repeating: 0, count: 1_000)).warnings.isEmpty)
    }

    @Test func anEmptyOrMissingFileIsAnErrorNamingIt() {
        #expect(throws: AssignmentError.self) { try AssignmentFile.parse("", file: "a.yaml") }
        let missing = #expect(throws: AssignmentError.self) { try AssignmentFile.read("/nonexistent/assignment.yaml") }
        #expect(missing?.file == "/nonexistent/assignment.yaml")
    }
}
