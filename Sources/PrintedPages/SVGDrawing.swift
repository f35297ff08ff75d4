import CPango
import CRsvg

/// An SVG document read by librsvg, which it owns: drawn onto the PDF through Cairo, so a chart stays a vector
/// drawing on paper (the chart code drew the SVG with Cairo; librsvg draws it back with Cairo).
final class SVGDrawing {
    private let handle: UnsafeMutablePointer<RsvgHandle>
    /// The drawing's size in its own units (CSS pixels for Digitbook's charts).
    let width: Double, height: Double

    /// The drawing in `markup`, or nil when librsvg cannot read it or it has no size.
    init?(_ markup: String) {
        let bytes = Array(markup.utf8)
        var error: UnsafeMutablePointer<GError>?
        let created = bytes.withUnsafeBufferPointer { buffer in
            rsvg_handle_new_from_data(buffer.baseAddress, gsize(buffer.count), &error)
        }
        if let error { g_error_free(error) }
        guard let created else { return nil }
        var width = 0.0, height = 0.0
        if rsvg_handle_get_intrinsic_size_in_pixels(created, &width, &height) == 0 {
            // Only a viewBox (or sizes in percent): the viewBox's size.
            var hasWidth: gboolean = 0, hasHeight: gboolean = 0, hasViewBox: gboolean = 0
            var lengthWidth = RsvgLength(), lengthHeight = RsvgLength(), viewBox = RsvgRectangle()
            rsvg_handle_get_intrinsic_dimensions(created, &hasWidth, &lengthWidth, &hasHeight, &lengthHeight, &hasViewBox, &viewBox)
            if hasViewBox != 0 { (width, height) = (viewBox.width, viewBox.height) }
        }
        guard width > 0, height > 0, width.isFinite, height.isFinite, width < 1e6, height < 1e6 else {
            g_object_unref(UnsafeMutableRawPointer(created))
            return nil
        }
        handle = created
        self.width = width
        self.height = height
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(handle)) }

    /// Draws the whole drawing into the rectangle at (`x`, `y`) of `width` × `height` points.
    /// Returns false when librsvg could not draw it.
    func draw(on context: OpaquePointer, x: Double, y: Double, width: Double, height: Double) -> Bool {
        var viewport = RsvgRectangle(x: x, y: y, width: width, height: height)
        var error: UnsafeMutablePointer<GError>?
        let drawn = rsvg_handle_render_document(handle, context, &viewport, &error)
        if let error { g_error_free(error) }
        return drawn != 0
    }
}
