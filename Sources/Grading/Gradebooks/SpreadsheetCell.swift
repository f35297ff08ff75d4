import Foundation

/// A text cell of a CSV file that a person may open in a spreadsheet (grades.csv, canvas.csv, leaderboard.csv): the
/// one place such cells are written. Text that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`,
/// a tab or a carriage return: a student id `=HYPERLINK(…)`) gets a leading `'`, as OWASP advises, so it shows as
/// text; then the cell is quoted as RFC 4180 requires. Numbers are written as numbers, never through this.
enum SpreadsheetCell {
    /// The characters that make a spreadsheet read a cell as a formula.
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r", "\r\n"]

    /// `text` as a CSV cell: neutralised when it could be a formula, then quoted when it holds a comma, a quote or a
    /// line break.
    static func text(_ text: String) -> String {
        let safe = text.first.map(formulaStarts.contains) == true ? "'" + text : text
        guard safe.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return safe }
        return "\"" + safe.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
