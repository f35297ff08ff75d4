import Foundation

/// When each student handed in: a CSV `student,submitted_at` with ISO 8601 times, for the late policy.
public enum SubmissionTimes {
    public static func read(_ path: String) throws(AssignmentError) -> [String: Date] {
        try times(TableFile(path, columns: columns))
    }

    /// Parses a timestamps file's text; `file` names it in errors.
    public static func parse(_ text: String, file: String) throws(AssignmentError) -> [String: Date] {
        try times(TableFile(text: text, file: file, columns: columns))
    }

    static let columns = ["student", "submitted_at"]

    private static func times(_ table: TableFile) throws(AssignmentError) -> [String: Date] {
        var times: [String: Date] = [:]
        for record in table.records {
            let student = try table.studentID(record, 0, named: "student")
            let text = try table.field(record, 1, named: "submitted_at")
            let date: Date
            switch ISOTime.parse(text) {
            case let .success(parsed): date = parsed
            case let .failure(problem):
                throw AssignmentError(file: table.file, line: record.line, field: "submitted_at", "\(text.debugDescription) \(problem)")
            }
            guard times[student] == nil else {
                throw AssignmentError(file: table.file, line: record.line, field: "student", "\(student) is listed twice")
            }
            times[student] = date
        }
        return times
    }

    /// A warning for each student in `times` whom grading does not know (`students`: the roster and everyone who handed
    /// something in), naming a student whose id differs only in letter case; their times are not used.
    public static func warnings(times: [String: Date], students: [String], file: String) -> [String] {
        let known = Set(students)
        return times.keys.filter { !known.contains($0) }.sorted().map { id in
            let near = known.filter { $0.lowercased() == id.lowercased() }.sorted()
            let hint = near.isEmpty ? "no such student on the roster or among the submissions"
                : "no such student; did you mean \(near.joined(separator: " or "))? (ids are matched exactly, letter case included)"
            return "\(file): student \(id.debugDescription): \(hint); this time is not used, so no late penalty applies to them"
        }
    }
}
