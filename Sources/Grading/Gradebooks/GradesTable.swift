import Foundation

/// grades.csv: one row per student, `student,status,` the points of each rubric item, `late_penalty,total,max`.
/// Points have two decimals; an invalid submission has no points at all (not a silent 0), a missing one scores 0.
public enum GradesTable {
    public static func csv(_ results: [StudentResult], assignment: Assignment) -> String {
        let header = ["student", "status"] + assignment.rubric.map(\.name) + ["late_penalty", "total", "max"]
        var lines = [header.map(SpreadsheetCell.text).joined(separator: ",")]
        let maximum = number(assignment.maximumPoints)
        for result in results {
            var row = [SpreadsheetCell.text(result.student), result.status.rawValue]
            switch (result.status, result.grade) {
            case let (.graded, grade?):
                row += grade.lines.map { number($0.points) } + [number(grade.latePenalty), number(grade.total)]
            case (.missing, _):
                row += assignment.rubric.map { _ in number(0) } + [number(0), number(0)]
            default:
                row += assignment.rubric.map { _ in "" } + ["", ""]
            }
            lines.append((row + [maximum]).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func number(_ value: Double) -> String { String(format: "%.2f", value) }
}
