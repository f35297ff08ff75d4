import CPango

/// A piece of a typeset formula: its width, how far it reaches above and below its baseline, and how to draw it with
/// its baseline's left end at a point.
struct MathBox {
    var width: Double
    var ascent: Double
    var descent: Double
    let draw: (_ canvas: PDFCanvas, _ x: Double, _ baseline: Double) -> Void

    var height: Double { ascent + descent }

    /// Empty space `width` wide.
    static func space(_ width: Double) -> MathBox { MathBox(width: width, ascent: 0, descent: 0) { _, _, _ in } }

    /// `text` in one font, its extents Pango's.
    static func glyphs(_ text: String, canvas: PDFCanvas, size: Double, italic: Bool = false, bold: Bool = false,
                       family: String = "DejaVu Serif") -> MathBox {
        // Formulas run left to right, in a right-to-left document too.
        let layout = TextLayout(TextRun(plain: text), canvas: canvas, width: nil, size: size, family: family, bold: bold,
                                italic: italic, leftToRight: true)
        let line = layout.lines.first ?? (top: 0, height: size, baseline: size * 0.8, offset: 0)
        let ascent = line.baseline - line.top
        // Italic letters lean past their advance: a little room keeps the next one clear.
        let width = layout.width + (italic ? size * 0.06 : 0)
        return MathBox(width: width, ascent: ascent, descent: line.height - ascent) { canvas, x, baseline in
            layout.draw(x: x, y: baseline - ascent, canvas: canvas)
        }
    }

    /// `boxes` side by side on one baseline.
    static func row(_ boxes: [MathBox]) -> MathBox {
        MathBox(width: boxes.map(\.width).reduce(0, +), ascent: boxes.map(\.ascent).max() ?? 0,
                descent: boxes.map(\.descent).max() ?? 0) { canvas, x, baseline in
            var left = x
            for box in boxes {
                box.draw(canvas, left, baseline)
                left += box.width
            }
        }
    }

    /// The box stretched vertically to reach `ascent` above and `descent` below the baseline (a `\left(` fence).
    func stretched(ascent: Double, descent: Double) -> MathBox {
        let factor = max(1, (ascent + descent) / max(height, 0.01))
        guard factor > 1.05 else { return self }
        let original = self
        return MathBox(width: width * min(1.2, factor), ascent: ascent, descent: descent) { canvas, x, baseline in
            cairo_save(canvas.context)
            cairo_translate(canvas.context, x, baseline + descent)
            cairo_scale(canvas.context, 1, factor)
            original.draw(canvas, (original.width * min(1.2, factor) - original.width) / 2, -original.descent)
            cairo_restore(canvas.context)
        }
    }
}
