/// canvas.csv: Canvas's gradebook import format. The columns Canvas exports and reads back (`Student,ID,SIS User ID,
/// SIS Login ID,Section`) and one assignment column named `TITLE (ID)`; a `Points Possible` row as Canvas writes in
/// its own exports; then one row per student in roster order (others after, by id). A submission that could not be
/// graded is left blank, which Canvas's import treats as "no change", so no one gets a silent 0; missing scores 0.
public enum CanvasGradebook {
    public static let identityColumns = ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"]

    public static func csv(_ results: [StudentResult], assignment: Assignment, roster: Roster?) -> String {
        let header = identityColumns + [assignment.canvasColumn]
        var lines = [header.map(SpreadsheetCell.text).joined(separator: ",")]
        lines.append("    Points Possible,,,,," + GradesTable.number(assignment.maximumPoints))
        let students = Dictionary((roster?.students ?? []).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for result in results {
            let student = students[result.student]
            let score: String
            switch result.status {
            case .graded: score = result.grade.map { GradesTable.number($0.total) } ?? ""
            case .missing: score = GradesTable.number(0)
            case .invalid: score = ""
            }
            let row = [student?.name ?? "", result.student, student?.sisUserID ?? "", student?.sisLoginID ?? "",
                       student?.section ?? "", score]
            lines.append(row.map(SpreadsheetCell.text).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
