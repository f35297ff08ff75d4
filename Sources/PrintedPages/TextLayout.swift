import CPango
import Localization

/// One piece of text laid out by Pango at a width, in points: its lines (each with its height and baseline), drawn a
/// line at a time so that a paragraph can continue on the next page. Owns its layout.
final class TextLayout {
    let layout: OpaquePointer
    /// Each line's top, height and baseline, and how far from the layout's left edge it starts (its alignment: a line of a
    /// right-to-left paragraph ends at the right edge).
    let lines: [(top: Double, height: Double, baseline: Double, offset: Double)]
    /// The pages' typeface, then, for scripts DejaVu lacks, one font per script (where installed).
    static let bodyFamily = ScriptFonts.family
    private let links: [(start: Int, end: Int, target: String)]
    /// The width the text was wrapped to, or nil for a single unwrapped line.
    let boxWidth: Double?

    /// `leftToRight` keeps a right-to-left document's code in its own direction.
    init(_ run: TextRun, canvas: PDFCanvas, width: Double?, size: Double, family: String = TextLayout.bodyFamily, bold: Bool = false,
         italic: Bool = false, leftToRight: Bool = false) {
        layout = pango_cairo_create_layout(canvas.context)
        boxWidth = width
        if canvas.rightToLeft && !leftToRight {
            // The paragraph's direction is the document's (a sentence that starts with a Latin name still runs right to
            // left), and its lines end at the right edge.
            pango_layout_set_auto_dir(layout, 0)
            pango_context_set_base_dir(pango_layout_get_context(layout), PANGO_DIRECTION_RTL)
            pango_layout_context_changed(layout)
            pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT)
        }
        let font = pango_font_description_new()
        pango_font_description_set_family(font, family)
        pango_font_description_set_absolute_size(font, size * Double(PANGO_SCALE))
        if bold { pango_font_description_set_weight(font, PANGO_WEIGHT_BOLD) }
        if italic { pango_font_description_set_style(font, PANGO_STYLE_ITALIC) }
        pango_layout_set_font_description(layout, font)
        pango_font_description_free(font)
        if let width {
            pango_layout_set_width(layout, Int32(width * Double(PANGO_SCALE)))
            pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        }
        pango_layout_set_text(layout, run.text, -1)
        if let attributes = run.attributes() {
            pango_layout_set_attributes(layout, attributes)
            pango_attr_list_unref(attributes)
        }
        var lines: [(Double, Double, Double, Double)] = []
        if let iterator = pango_layout_get_iter(layout) {
            repeat {
                var ink = PangoRectangle(), logical = PangoRectangle()
                pango_layout_iter_get_line_extents(iterator, &ink, &logical)
                let baseline = Double(pango_layout_iter_get_baseline(iterator))
                let scale = Double(PANGO_SCALE)
                lines.append((Double(logical.y) / scale, Double(logical.height) / scale, baseline / scale,
                              width == nil ? 0 : Double(logical.x) / scale))
            } while pango_layout_iter_next_line(iterator) != 0
            pango_layout_iter_free(iterator)
        }
        self.lines = lines
        links = run.links
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(layout)) }

    var height: Double { (lines.last.map { $0.top + $0.height } ?? 0) - (lines.first?.top ?? 0) }

    /// The natural width of the text (unwrapped), in points.
    var width: Double {
        var ink = PangoRectangle(), logical = PangoRectangle()
        pango_layout_get_extents(layout, &ink, &logical)
        return Double(logical.width) / Double(PANGO_SCALE)
    }

    /// Draws line `index` with its top at `y`.
    func drawLine(_ index: Int, x: Double, y: Double, canvas: PDFCanvas) {
        guard lines.indices.contains(index), let line = pango_layout_get_line_readonly(layout, Int32(index)) else { return }
        let x = x + lines[index].offset
        cairo_move_to(canvas.context, x, y + lines[index].baseline - lines[index].top)
        pango_cairo_show_layout_line(canvas.context, line)
        let start = Int(line.pointee.start_index), end = start + Int(line.pointee.length)
        for link in links where link.start < end && link.end > start {
            guard let target = canvas.linkAttribute(link.target) else { continue }
            var from: Int32 = 0, to: Int32 = 0
            pango_layout_line_index_to_x(line, Int32(max(link.start, start)), 0, &from)
            pango_layout_line_index_to_x(line, Int32(min(link.end, end)), 0, &to)
            let left = x + Double(min(from, to)) / Double(PANGO_SCALE), width = Double(abs(to - from)) / Double(PANGO_SCALE)
            let rect = "rect=[\(left) \(y) \(width) \(lines[index].height)] "
            cairo_tag_begin(canvas.context, CAIRO_TAG_LINK, rect + target)
            cairo_tag_end(canvas.context, CAIRO_TAG_LINK)
        }
    }

    /// Draws every line, the first with its top at `y`.
    func draw(x: Double, y: Double, canvas: PDFCanvas) {
        let first = lines.first?.top ?? 0
        for index in lines.indices { drawLine(index, x: x, y: y + lines[index].top - first, canvas: canvas) }
    }
}
