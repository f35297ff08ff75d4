/// An HTML table built from text cells: a header row, body rows, numeric columns aligned right.
public struct HTMLTable: Codable, Equatable, Sendable {
    public var header: [String]
    public var rows: [[String]] = []
    /// Columns whose cells are numbers (aligned right, tabular figures).
    public var numeric: Set<Int> = []
    /// Rows (by index) drawn with a rule above them, such as averages under per-class rows.
    public var separated: Set<Int> = []

    public init(header: [String], numeric: Set<Int> = []) {
        self.header = header
        self.numeric = numeric
    }

    public var html: String {
        func cell(_ tag: String, _ text: String, _ column: Int) -> String {
            "<\(tag)\(numeric.contains(column) ? " class=\"num\"" : "")>\(HTMLText.escaped(text))</\(tag)>"
        }
        var html = "<table>\n<thead><tr>" + header.enumerated().map { cell("th", $1, $0) }.joined() + "</tr></thead>\n<tbody>\n"
        for (index, row) in rows.enumerated() {
            html += (separated.contains(index) ? "<tr class=\"rule\">" : "<tr>")
                + row.enumerated().map { cell("td", $1, $0) }.joined() + "</tr>\n"
        }
        return html + "</tbody>\n</table>"
    }
}
