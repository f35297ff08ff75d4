/// A plain-text table with left-aligned columns, for terminal reports.
struct TextTable {
    var header: [String]
    var rows: [[String]] = []
    /// Columns (by index) aligned to the right, for numbers.
    var rightAligned: Set<Int> = []

    /// The table as lines, columns separated by two spaces, no trailing blanks.
    var rendered: String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0 }
        return all.map { row in
            row.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return rightAligned.contains(column) ? padding + cell : cell + padding
            }.joined(separator: "  ").replacing(/\s+$/, with: "")
        }.joined(separator: "\n")
    }
}
