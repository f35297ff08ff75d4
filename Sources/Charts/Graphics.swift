import CCairo

/// The drawing operations charts use, in chart units (the canvas maps them to pixels or SVG points).
public struct Graphics {
    let context: OpaquePointer

    /// How text sits relative to its anchor point.
    public enum Alignment { case left, centre, right }

    public func fill(_ x: Double, _ y: Double, _ width: Double, _ height: Double, _ color: Color) {
        set(color)
        cairo_rectangle(context, x, y, width, height)
        cairo_fill(context)
    }

    public func stroke(_ points: [(Double, Double)], _ color: Color, width: Double = 1, dashed: Bool = false) {
        guard let first = points.first else { return }
        set(color)
        cairo_set_line_width(context, width)
        cairo_set_line_join(context, CAIRO_LINE_JOIN_ROUND)
        cairo_set_line_cap(context, CAIRO_LINE_CAP_ROUND)
        if dashed {
            let pattern: [Double] = [4, 3]
            cairo_set_dash(context, pattern, 2, 0)
        }
        cairo_move_to(context, first.0, first.1)
        for point in points.dropFirst() { cairo_line_to(context, point.0, point.1) }
        cairo_stroke(context)
        cairo_set_dash(context, nil, 0, 0)
    }

    public func circle(_ x: Double, _ y: Double, radius: Double, _ color: Color) {
        set(color)
        // A new path: text leaves a current point behind, and an arc would join it with a hairline (a zero-area sliver
        // that Cairo's rasteriser hides but SVG and PDF viewers may draw).
        cairo_new_path(context)
        cairo_arc(context, x, y, radius, 0, 2 * .pi)
        cairo_fill(context)
    }

    /// How wide `text` is in DejaVu Sans at `size`, as ``text(_:_:_:size:_:align:bold:rotated:)`` draws it, measured on a
    /// scratch surface, so a layout can be made before anything is drawn.
    public static func width(of text: String, size: Double, bold: Bool = false) -> Double {
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 1, 1) else { return Double(text.count) * size }
        defer { cairo_surface_destroy(surface) }
        guard let context = cairo_create(surface) else { return Double(text.count) * size }
        defer { cairo_destroy(context) }
        if ShapedText.needsShaping(text) {
            return ShapedText.width(of: text, context: context, size: size, bold: bold) ?? Double(text.count) * size
        }
        cairo_select_font_face(context, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL)
        cairo_set_font_size(context, size)
        var extents = cairo_text_extents_t()
        cairo_text_extents(context, text, &extents)
        return extents.x_advance
    }

    /// Writes `text` in DejaVu Sans with its baseline's anchor at (x, y); `rotated` turns it a quarter to the left.
    /// Text in a script that needs shaping (Arabic, Devanagari, Tamil, Chinese) is laid out by Pango.
    public func text(_ text: String, _ x: Double, _ y: Double, size: Double, _ color: Color = .ink,
                     align: Alignment = .left, bold: Bool = false, rotated: Bool = false) {
        set(color)
        if ShapedText.needsShaping(text) {
            cairo_save(context)
            cairo_translate(context, x, y)
            if rotated { cairo_rotate(context, -.pi / 2) }
            ShapedText.draw(text, context: context, size: size, bold: bold) { width in
                align == .left ? 0 : align == .centre ? -width / 2 : -width
            }
            cairo_restore(context)
            return
        }
        cairo_select_font_face(context, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL)
        cairo_set_font_size(context, size)
        var extents = cairo_text_extents_t()
        cairo_text_extents(context, text, &extents)
        let offset: Double
        switch align {
        case .left: offset = 0
        case .centre: offset = -extents.x_advance / 2
        case .right: offset = -extents.x_advance
        }
        cairo_save(context)
        cairo_translate(context, x, y)
        if rotated { cairo_rotate(context, -.pi / 2) }
        cairo_move_to(context, offset, 0)
        cairo_show_text(context, text)
        cairo_restore(context)
    }

    /// Draws `pixels` (row-major grey, 0 black … 255 white) as a `width` x `height` image scaled into the box,
    /// each pixel a sharp square (an embedded bitmap in SVG, not a rectangle per pixel).
    public func image(_ pixels: [UInt8], width: Int, height: Int, x: Double, y: Double, side: Double) {
        paint(pixels, width: width, height: height, x: x, y: y, drawnWidth: side, drawnHeight: side, filter: CAIRO_FILTER_NEAREST)
    }

    /// Draws a photo (`pixels` row-major grey) scaled to `drawnWidth` x `drawnHeight` at (x, y), smoothly filtered.
    public func photo(_ pixels: [UInt8], width: Int, height: Int, x: Double, y: Double, drawnWidth: Double, drawnHeight: Double) {
        paint(pixels, width: width, height: height, x: x, y: y, drawnWidth: drawnWidth, drawnHeight: drawnHeight,
              filter: CAIRO_FILTER_GOOD)
    }

    /// Grey pixels as a Cairo image surface, scaled into a box with `filter`.
    private func paint(_ pixels: [UInt8], width: Int, height: Int, x: Double, y: Double, drawnWidth: Double, drawnHeight: Double,
                       filter: cairo_filter_t) {
        guard width > 0, height > 0, pixels.count >= width * height,
              let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height)) else { return }
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS, let data = cairo_image_surface_get_data(surface) else { return }
        cairo_surface_flush(surface)
        let stride = Int(cairo_image_surface_get_stride(surface))
        data.withMemoryRebound(to: UInt32.self, capacity: stride / 4 * height) { words in
            for row in 0..<height {
                for column in 0..<width {
                    let grey = UInt32(pixels[row * width + column])
                    words[row * stride / 4 + column] = grey << 16 | grey << 8 | grey
                }
            }
        }
        cairo_surface_mark_dirty(surface)
        cairo_save(context)
        cairo_translate(context, x, y)
        cairo_scale(context, drawnWidth / Double(width), drawnHeight / Double(height))
        cairo_set_source_surface(context, surface, 0, 0)
        cairo_pattern_set_filter(cairo_get_source(context), filter)
        cairo_rectangle(context, 0, 0, Double(width), Double(height))
        cairo_fill(context)
        cairo_restore(context)
    }

    private func set(_ color: Color) {
        cairo_set_source_rgba(context, color.red, color.green, color.blue, color.alpha)
    }
}
