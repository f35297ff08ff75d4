import CPango
import Pages

/// Places blocks down the page, starting a new page when the next line, row or figure does not fit.
struct PageFlow {
    /// What a first pass learnt: the page of each heading (by id) and the number of pages.
    struct Pages {
        var headings: [String: Int] = [:]
        var destinations: Set<String> = []
        var total = 0
    }

    let canvas: PDFCanvas
    let footer: String
    let known: Pages
    /// The page of each heading written so far, by id.
    var headingPages: [String: Int] = [:]
    /// Every link destination written so far (headings, figures, tables, sections).
    var destinations: Set<String> = []
    let margin = 56.0
    var y = 0.0
    var page = 0
    /// The headings written so far that had no id.
    var headingsWithoutID = 0
    /// How much of the next block a heading must have on its page (its first lines, or its figure and caption).
    var keepWithHeading = 0.0
    /// The outline's parent for each heading level written so far.
    var outline: [Int: Int32] = [:]

    var left: Double { margin }
    var textWidth: Double { canvas.width - 2 * margin }
    var bottom: Double { canvas.height - margin - 18 }

    /// Where something `width` wide goes that starts `offset` into the line: from the left margin, or in a
    /// right-to-left document from the right one (its pages are mirrored).
    func x(_ offset: Double, _ width: Double) -> Double {
        canvas.rightToLeft ? left + textWidth - offset - width : left + offset
    }

    mutating func start() {
        page = 1
        y = margin
    }

    /// Ends the page with its footer.
    mutating func finishPage() {
        let words = canvas.words
        let number = known.total > 0 ? words(.pdfPageOf, ["page": words.count(page), "total": words.count(known.total)])
            : words(.pdfPage, ["page": words.count(page)])
        let text = TextLayout(TextRun(plain: "\(footer) · \(number)"), canvas: canvas, width: nil, size: 8)
        cairo_set_source_rgb(canvas.context, 0.4, 0.4, 0.4)
        text.draw(x: x(textWidth - text.width, text.width), y: canvas.height - margin + 4, canvas: canvas)
        cairo_set_source_rgb(canvas.context, 0.1, 0.1, 0.1)
    }

    mutating func newPage() {
        finishPage()
        cairo_show_page(canvas.context)
        page += 1
        y = margin
    }

    /// Starts a new page unless `height` fits below the cursor.
    mutating func need(_ height: Double) {
        if y + height > bottom && y > margin { newPage() }
    }

    /// Writes `layout` line by line, breaking pages between lines.
    mutating func lines(_ layout: TextLayout, indent: Double = 0) {
        for (index, line) in layout.lines.enumerated() {
            need(line.height)
            layout.drawLine(index, x: x(indent, layout.boxWidth ?? layout.width), y: y, canvas: canvas)
            y += line.height
        }
    }

    /// Writes `blocks` in order, each heading kept on one page with the start of what follows it.
    mutating func write(_ blocks: [DocumentBlock], indent: Double = 0) {
        for (index, block) in blocks.enumerated() {
            if case .heading = block {
                keepWithHeading = index + 1 < blocks.count ? FigureLayout.leadHeight(of: blocks[index + 1], in: self) : 0
            }
            write(block, indent: indent)
        }
    }

    mutating func write(_ block: DocumentBlock, indent: Double = 0) {
        cairo_set_source_rgb(canvas.context, 0.1, 0.1, 0.1)
        switch block {
        case .title(let title):
            if let kicker = title.kicker { paragraph([.text(kicker.uppercased())], size: 8.5, indent: indent, after: 2) }
            let layout = TextLayout(TextRun(plain: title.title), canvas: canvas, width: textWidth, size: 22, bold: true)
            lines(layout)
            y += 6
            for line in title.bylines { paragraph([.text(line)], size: 10, indent: indent, after: 2) }
            y += 10
        case .heading(let level, let content, let id):
            heading(level: level, content, id: id)
        case .paragraph(let content):
            paragraph(content, indent: indent)
        case .code(let text, _):
            let layout = TextLayout(TextRun(plain: text), canvas: canvas, width: textWidth - indent - 12, size: 8.5,
                                    family: "DejaVu Sans Mono", leftToRight: true)
            y += 2
            lines(layout, indent: indent + 6)
            y += 8
        case .details(let summary, let content):
            paragraph([.strong(summary)], indent: indent)
            write(content, indent: indent)
        case .callout(_, let content), .quote(let content):
            write(content, indent: indent + 14)
        case .section(let id, _, let content, _):
            // The section starts where its first block will: a link to it must not land at the foot of the page before.
            if id != nil, let first = content.first { need(min(FigureLayout.leadHeight(of: first, in: self), bottom - margin)) }
            destination(id)
            write(content, indent: indent)
        case .list(let list):
            for (index, item) in list.items.enumerated() {
                let marker = list.ordered ? "\(list.start + index)." : "•"
                let markerLayout = TextLayout(TextRun(plain: marker), canvas: canvas, width: nil, size: 10.5)
                need(markerLayout.height)
                markerLayout.draw(x: x(indent, markerLayout.width), y: y, canvas: canvas)
                write(item.blocks, indent: indent + 18)
            }
            y += 4
        case .table(let table):
            TableLayout(table: table).write(into: &self, indent: indent)
        case .figure(let figure):
            FigureLayout(figure: figure).write(into: &self)
        case .math(let formula, _):
            let box = MathTypesetter(canvas: canvas, size: 11.5).box(formula, size: 11.5, display: true)
            guard box.width <= textWidth - indent else {
                paragraph([.math(formula, source: "")], indent: indent + 24)  // too wide to typeset on one line
                return
            }
            y += 4
            need(box.height)
            cairo_set_source_rgb(canvas.context, 0.1, 0.1, 0.1)
            box.draw(canvas, x(indent + (textWidth - indent - box.width) / 2, box.width), y + box.ascent)
            y += box.height + 10
        case .contents(let entries, let title):
            heading(level: 2, [.text(title)], id: nil, outlined: false)
            for entry in entries {
                let number = TextLayout(TextRun(plain: known.headings[entry.id].map(String.init) ?? ""), canvas: canvas,
                                        width: nil, size: 10.5)
                need(number.height)
                cairo_tag_begin(canvas.context, CAIRO_TAG_LINK, "dest=" + PDFCanvas.quoted(entry.id))
                number.draw(x: x(textWidth - number.width, number.width), y: y, canvas: canvas)
                // The entry wraps short of the page number's column, so a long heading never runs into its number.
                let entryIndent = indent + Double(max(0, entry.level - 1)) * 12
                let text = TextLayout(TextRun([.text(entry.text)]), canvas: canvas, width: textWidth - entryIndent - 36, size: 10.5)
                lines(text, indent: entryIndent)
                y += 1
                cairo_tag_end(canvas.context, CAIRO_TAG_LINK)
            }
            y += 8
        case .footnotes(let notes):
            for note in notes {
                paragraph([.text("[\(note.number)]")], size: 9, indent: indent)
                write(note.blocks, indent: indent + 18)
            }
        case .rule:
            y += 6
            cairo_move_to(canvas.context, left, y)
            cairo_line_to(canvas.context, left + textWidth, y)
            cairo_set_line_width(canvas.context, 0.5)
            cairo_stroke(canvas.context)
            y += 6
        }
    }

    /// Makes the cursor's place the destination of links to `id` (a heading, figure, table or section).
    mutating func destination(_ id: String?) {
        guard let id, !destinations.contains(id) else { return }
        cairo_tag_begin(canvas.context, CAIRO_TAG_DEST, "name=\(PDFCanvas.quoted(id)) x=\(left) y=\(y)")
        cairo_tag_end(canvas.context, CAIRO_TAG_DEST)
        destinations.insert(id)
    }

    mutating func paragraph(_ content: [Inline], size: Double = 10.5, indent: Double = 0, after: Double = 7) {
        // Pango stops wrapping a paragraph of some hundreds of kilobytes (its text then ran off the page): a very long
        // one is laid out in pieces.
        for piece in TextRun(content).pieces(maximumBytes: TextRun.longestPiece) {
            lines(TextLayout(piece, canvas: canvas, width: textWidth - indent, size: size), indent: indent)
        }
        y += after
    }

    mutating func heading(level: Int, _ content: [Inline], id: String?, outlined: Bool = true) {
        let sizes: [Int: Double] = [1: 18, 2: 15, 3: 12.5]
        let size = sizes[level] ?? 11
        let layout = TextLayout(TextRun(content), canvas: canvas, width: textWidth, size: size, bold: true)
        y += level <= 2 ? 10 : 6
        need(layout.height + 5 + max(30, keepWithHeading))  // a heading never ends a page
        // A heading with no id of its own (a grading page's) gets one for the outline to lead to.
        headingsWithoutID += id == nil ? 1 : 0
        // (A colon, which no slug of a page's ids has.)
        let id = id ?? (outlined ? "heading:\(headingsWithoutID)" : nil)
        destination(id)
        lines(layout)
        if let id { headingPages[id] = page }
        if outlined, let id {
            let parent = (1..<level).reversed().compactMap { outline[$0] }.first ?? Int32(CAIRO_PDF_OUTLINE_ROOT)
            outline[level] = cairo_pdf_surface_add_outline(canvas.surface, parent, Inline.text(of: content),
                                                           "dest=" + PDFCanvas.quoted(id), CAIRO_PDF_OUTLINE_FLAG_OPEN)
            for deeper in (level + 1)...6 { outline[deeper] = nil }
        }
        y += 5
    }
}
