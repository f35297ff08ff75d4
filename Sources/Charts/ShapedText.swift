import CCairo
import CPango
import Localization

/// Text in a script that needs shaping (Arabic joins its letters and runs right to left; Devanagari and Tamil reorder
/// vowel signs; Chinese needs a font DejaVu lacks), laid out by Pango with HarfBuzz. Cairo's own text calls draw one
/// glyph per character from one font, which is right for Latin, Greek and Cyrillic and wrong for these, so chart text
/// goes through Pango only when it holds such a script: every chart without it keeps its bytes.
enum ShapedText {
    /// The fonts tried in order: DejaVu first, as for all chart text, then a font per script it lacks.
    static let family = ScriptFonts.family

    /// Whether `text` holds a character of a script that Cairo's own text calls cannot draw correctly.
    static func needsShaping(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0x0590...0x08FF, 0x0900...0x0DFF, 0x0F00...0x109F, 0x1780...0x18AF, 0x2E80...0x9FFF, 0xAC00...0xD7AF,
                 0xF900...0xFAFF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF, 0xFF00...0xFFEF, 0x20000...0x3FFFF:
                return true
            default:
                return false
            }
        }
    }

    /// Runs `body` with a layout of `text` for `context` (its size in user units) and the layout's width and baseline.
    static func withLayout<T>(_ text: String, context: OpaquePointer, size: Double, bold: Bool,
                              _ body: (OpaquePointer, _ width: Double, _ baseline: Double) -> T) -> T? {
        guard let layout = pango_cairo_create_layout(context) else { return nil }
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        guard let font = pango_font_description_new() else { return nil }
        pango_font_description_set_family(font, family)
        pango_font_description_set_absolute_size(font, size * Double(PANGO_SCALE))
        if bold { pango_font_description_set_weight(font, PANGO_WEIGHT_BOLD) }
        pango_layout_set_font_description(layout, font)
        pango_font_description_free(font)
        pango_layout_set_text(layout, text, -1)
        var ink = PangoRectangle(), logical = PangoRectangle()
        pango_layout_get_extents(layout, &ink, &logical)
        let scale = Double(PANGO_SCALE)
        return body(layout, Double(logical.width) / scale, Double(pango_layout_get_baseline(layout)) / scale)
    }

    /// How wide `text` is at `size`, measured on `context`.
    static func width(of text: String, context: OpaquePointer, size: Double, bold: Bool) -> Double? {
        withLayout(text, context: context, size: size, bold: bold) { _, width, _ in width }
    }

    /// Draws `text` with its baseline on the origin, its start shifted along the line by `offset` of its width (one
    /// layout, made on the context as it will be drawn, measures and draws it).
    static func draw(_ text: String, context: OpaquePointer, size: Double, bold: Bool, offset: (_ width: Double) -> Double) {
        _ = withLayout(text, context: context, size: size, bold: bold) { layout, width, baseline in
            cairo_move_to(context, offset(width), -baseline)
            pango_cairo_show_layout(context, layout)
        }
    }
}
