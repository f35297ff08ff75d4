import CPango
import Pages

/// A table on paper: columns as wide as their content needs; when the table is wider than the text, narrowed in
/// proportion but no narrower than their longest word, or when even that does not fit, to no less than a floor; cells
/// wrapped, numbers right-aligned, the header repeated on each new page. No column is ever clipped.
struct TableLayout {
    let table: HTMLTable
    let size = 8.5
    let padding = 4.0

    func write(into flow: inout PageFlow, indent: Double) {
        let columns = max(table.header.count, table.rows.map(\.count).max() ?? 0)
        guard columns > 0 else { return }
        let available = flow.textWidth - indent
        func natural(_ cell: TableCell?, bold: Bool) -> Double {
            guard let cell else { return 0 }
            return TextLayout(TextRun(cell.content), canvas: flow.canvas, width: nil, size: size, bold: bold).width + 2 * padding
        }
        /// The width of the cell's longest word (by letters), which wrapping cannot make narrower without breaking it.
        func word(_ cell: TableCell?, bold: Bool) -> Double {
            guard let cell, let longest = Inline.text(of: cell.content).split(whereSeparator: \.isWhitespace)
                .max(by: { $0.count < $1.count }) else { return 0 }
            return TextLayout(TextRun(plain: String(longest)), canvas: flow.canvas, width: nil, size: size, bold: bold).width
                + 2 * padding
        }
        func widest(_ measure: (TableCell?, Bool) -> Double) -> [Double] {
            (0..<columns).map { column in
                max(measure(table.header[safe: column], true), table.rows.map { measure($0[safe: column], false) }.max() ?? 0)
            }
        }
        var widths = widest(natural)
        let total = widths.reduce(0, +)
        if total > available {
            let words = zip(widest(word), widths).map { min($0, $1) }
            let least = words.reduce(0, +)
            if least <= available {
                // Every word whole: each column gets its longest word, and the rest of the width in proportion to
                // how much more its content wants.
                let wants = zip(widths, words).map { $0 - $1 }.reduce(0, +)
                widths = zip(widths, words).map { $1 + (wants > 0 ? ($0 - $1) / wants * (available - least) : 0) }
            } else {
                let floor = min(42, available / Double(columns))
                let flexible = widths.map { max(0, $0 - floor) }.reduce(0, +)
                let spare = available - floor * Double(columns)
                widths = widths.map { floor + (flexible > 0 ? max(0, $0 - floor) / flexible * spare : 0) }
            }
        }
        func row(_ cells: [TableCell], bold: Bool) -> (layouts: [TextLayout?], height: Double) {
            let layouts = (0..<columns).map { column -> TextLayout? in
                cells[safe: column].map {
                    TextLayout(TextRun($0.content), canvas: flow.canvas, width: widths[column] - 2 * padding, size: size, bold: bold)
                }
            }
            return (layouts, (layouts.compactMap { $0?.height }.max() ?? size) + 2 * padding)
        }
        func draw(_ laid: (layouts: [TextLayout?], height: Double), flow: inout PageFlow, rule: Double) {
            // Columns from the start of the line: left to right, or right to left in a right-to-left document.
            var start = indent
            for (column, layout) in laid.layouts.enumerated() {
                if let layout {
                    let cell = flow.x(start, widths[column])
                    let offset = table.numeric.contains(column) ? widths[column] - 2 * padding - layout.width : 0
                    // A wrapped cell aligns its own lines (to the right in a right-to-left document).
                    layout.draw(x: cell + padding + (layout.lines.count > 1 || flow.canvas.rightToLeft ? 0 : max(0, offset)),
                                y: flow.y + padding, canvas: flow.canvas)
                }
                start += widths[column]
            }
            flow.y += laid.height
            cairo_set_line_width(flow.canvas.context, rule)
            let total = widths.reduce(0, +)
            cairo_move_to(flow.canvas.context, flow.x(indent, total), flow.y)
            cairo_line_to(flow.canvas.context, flow.x(indent, total) + total, flow.y)
            cairo_stroke(flow.canvas.context)
        }
        let header = row(table.header, bold: true)
        flow.need(header.height * 2)
        draw(header, flow: &flow, rule: 0.8)
        for cells in table.rows {
            let laid = row(cells, bold: false)
            if flow.y + laid.height > flow.bottom {
                flow.newPage()
                draw(header, flow: &flow, rule: 0.8)
            }
            draw(laid, flow: &flow, rule: 0.3)
        }
        flow.y += 10
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
