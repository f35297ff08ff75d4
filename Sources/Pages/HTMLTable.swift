/// A table of the document model: a header row, body rows whose cells hold inline content, numeric columns aligned
/// right. It never loses a column: wider than the page, it scrolls sideways inside a box of its own that the keyboard can reach (named by
/// `label`), with a shadow at the edge that hides columns; on paper it shrinks to the page.
public struct HTMLTable: Codable, Equatable, Sendable {
    public var header: [TableCell]
    public var rows: [[TableCell]] = []
    /// Columns whose cells are numbers (aligned right, tabular figures).
    public var numeric: Set<Int> = []
    /// Columns centred (a prose table's `:-:`).
    public var centered: Set<Int> = []
    /// Rows (by index) drawn with a rule above them, such as averages under per-class rows.
    public var separated: Set<Int> = []

    /// A class for some rows (by index), such as `failed` for a file that could not be read.
    public var rowClasses: [Int: String] = [:]
    /// What the table is, for a screen reader reaching its scrolling box.
    public var label: String?
    /// The id of the element that names the table (its caption), used instead of `label` when given.
    public var labelledBy: String?

    public init(header: [String], numeric: Set<Int> = []) {
        self.init(headerCells: header.map { TableCell($0) }, numeric: numeric)
    }

    /// A table whose header cells hold inline content.
    public init(headerCells: [TableCell], numeric: Set<Int> = []) {
        self.header = headerCells
        self.numeric = numeric
    }

    private enum CodingKeys: String, CodingKey {
        case header, rows, numeric, centered, separated, rowClasses, label, labelledBy
    }

    /// Reads a table from JSON; the parts added since cached tables were written (centred columns) may be absent.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        header = try container.decode([TableCell].self, forKey: .header)
        rows = try container.decode([[TableCell]].self, forKey: .rows)
        numeric = try container.decodeIfPresent(Set<Int>.self, forKey: .numeric) ?? []
        centered = try container.decodeIfPresent(Set<Int>.self, forKey: .centered) ?? []
        separated = try container.decodeIfPresent(Set<Int>.self, forKey: .separated) ?? []
        rowClasses = try container.decodeIfPresent([Int: String].self, forKey: .rowClasses) ?? [:]
        label = try container.decodeIfPresent(String.self, forKey: .label)
        labelledBy = try container.decodeIfPresent(String.self, forKey: .labelledBy)
    }

    /// Adds a row of plain-text cells.
    public mutating func append(_ row: [String]) { rows.append(row.map { TableCell($0) }) }

    /// Adds rows of plain-text cells.
    public mutating func append(contentsOf rows: [[String]]) { rows.forEach { append($0) } }

    /// Adds a row whose cells hold inline content.
    public mutating func append(cells row: [TableCell]) { rows.append(row) }

    public var html: String {
        func cell(_ tag: String, _ content: [Inline], _ column: Int) -> String {
            let style = numeric.contains(column) ? "num" : centered.contains(column) ? "center" : nil
            return "<\(tag)\(HTMLWriter.attribute("class", style))>\(HTMLWriter.html(content))</\(tag)>"
        }
        let name = labelledBy.map { "aria-labelledby=\"\(HTMLText.escaped($0))\"" }
            ?? "aria-label=\"\(HTMLText.escaped(label ?? "Table"))\""
        var html = "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" \(name)>\n<table>\n<thead><tr>"
            + header.enumerated().map { cell("th", $1.content, $0) }.joined() + "</tr></thead>\n<tbody>\n"
        for (index, row) in rows.enumerated() {
            let classes = [separated.contains(index) ? "rule" : nil, rowClasses[index]].compactMap { $0 }
            let open = classes.isEmpty ? "<tr>" : "<tr class=\"\(HTMLText.escaped(classes.joined(separator: " ")))\">"
            html += open
                + row.enumerated().map { cell("td", $1.content, $0) }.joined() + "</tr>\n"
        }
        return html + "</tbody>\n</table>\n</div>"
    }
}
