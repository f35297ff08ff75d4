import Foundation

/// When each student handed in: a CSV `student,submitted_at` with ISO 8601 times, for the late policy.
public enum SubmissionTimes {
    public static func read(_ path: String) throws(AssignmentError) -> [String: Date] {
        let table = try TableFile(path, columns: ["student", "submitted_at"])
        var times: [String: Date] = [:]
        for record in table.records {
            let student = try table.field(record, 0, named: "student")
            let text = try table.field(record, 1, named: "submitted_at")
            guard let date = FieldReader.isoDate(text) else {
                throw AssignmentError(file: path, line: record.line, field: "submitted_at",
                                      "\(text.debugDescription) is not an ISO 8601 time with its zone, such as 2026-12-01T23:59:00Z")
            }
            guard times[student] == nil else {
                throw AssignmentError(file: path, line: record.line, field: "student", "\(student) is listed twice")
            }
            times[student] = date
        }
        return times
    }
}
