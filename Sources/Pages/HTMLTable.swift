/// An HTML table built from text cells: a header row, body rows, numeric columns aligned right. It never loses a
/// column: wider than the page, it scrolls sideways inside a box of its own that the keyboard can reach (named by
/// `label`), with a shadow at the edge that hides columns; on paper it shrinks to the page.
public struct HTMLTable: Codable, Equatable, Sendable {
    public var header: [String]
    public var rows: [[String]] = []
    /// Columns whose cells are numbers (aligned right, tabular figures).
    public var numeric: Set<Int> = []
    /// Rows (by index) drawn with a rule above them, such as averages under per-class rows.
    public var separated: Set<Int> = []

    /// A class for some rows (by index), such as `failed` for a file that could not be read.
    public var rowClasses: [Int: String] = [:]
    /// What the table is, for a screen reader reaching its scrolling box.
    public var label: String?
    /// The id of the element that names the table (its caption), used instead of `label` when given.
    public var labelledBy: String?

    public init(header: [String], numeric: Set<Int> = []) {
        self.header = header
        self.numeric = numeric
    }

    public var html: String {
        func cell(_ tag: String, _ text: String, _ column: Int) -> String {
            "<\(tag)\(numeric.contains(column) ? " class=\"num\"" : "")>\(HTMLText.escaped(text))</\(tag)>"
        }
        let name = labelledBy.map { "aria-labelledby=\"\(HTMLText.escaped($0))\"" }
            ?? "aria-label=\"\(HTMLText.escaped(label ?? "Table"))\""
        var html = "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" \(name)>\n<table>\n<thead><tr>"
            + header.enumerated().map { cell("th", $1, $0) }.joined() + "</tr></thead>\n<tbody>\n"
        for (index, row) in rows.enumerated() {
            let classes = [separated.contains(index) ? "rule" : nil, rowClasses[index]].compactMap { $0 }
            let open = classes.isEmpty ? "<tr>" : "<tr class=\"\(HTMLText.escaped(classes.joined(separator: " ")))\">"
            html += open
                + row.enumerated().map { cell("td", $1, $0) }.joined() + "</tr>\n"
        }
        return html + "</tbody>\n</table>\n</div>"
    }
}
