import Foundation

/// grades.csv: one row per student, `student,status,` the points of each rubric item, `late_penalty,total,max`.
/// Points have two decimals; an invalid submission has no points at all (not a silent 0), a missing one scores 0.
public enum GradesTable {
    public static func csv(_ results: [StudentResult], assignment: Assignment) -> String {
        let (header, rows) = table(results, assignment: assignment)
        var lines = [header.map(SpreadsheetCell.text).joined(separator: ",")]
        for row in rows { lines.append(([SpreadsheetCell.text(row[0])] + row.dropFirst()).joined(separator: ",")) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The table as plain text, in `results` order (the roster's, then others by id): grades.csv's cells before any
    /// spreadsheet quoting, and the class page's roster table.
    static func table(_ results: [StudentResult], assignment: Assignment) -> (header: [String], rows: [[String]]) {
        let header = ["student", "status"] + assignment.rubric.map(\.name) + ["late_penalty", "total", "max"]
        let maximum = number(assignment.maximumPoints)
        let rows = results.map { result in
            var row = [result.student, result.status.rawValue]
            switch (result.status, result.grade) {
            case let (.graded, grade?):
                row += grade.lines.map { number($0.points) } + [number(grade.latePenalty), number(grade.total)]
            case (.missing, _):
                row += assignment.rubric.map { _ in number(0) } + [number(0), number(0)]
            default:
                row += assignment.rubric.map { _ in "" } + ["", ""]
            }
            return row + [maximum]
        }
        return (header, rows)
    }

    static func number(_ value: Double) -> String { String(format: "%.2f", value) }
}
