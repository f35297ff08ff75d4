import CCairo

/// Owns one Cairo surface and its drawing context; both are destroyed once, in `deinit`.
///
/// A PNG canvas is an ARGB image surface drawn at `scale` device pixels per unit (2 for crisp high-density
/// PNGs); an SVG canvas streams vector output into memory. Charts draw in units either way.
final class CairoCanvas {
    enum Format { case png(scale: Double), svg }

    private let surface: OpaquePointer
    let context: OpaquePointer
    private let sink = ByteSink()
    private let format: Format

    init(format: Format, width: Double, height: Double) throws(ChartError) {
        self.format = format
        let created: OpaquePointer?
        switch format {
        case .png(let scale):
            created = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32((width * scale).rounded(.up)), Int32((height * scale).rounded(.up)))
        case .svg:
            created = cairo_svg_surface_create_for_stream(ByteSink.write, Unmanaged.passUnretained(sink).toOpaque(), width, height)
        }
        guard let created, cairo_surface_status(created) == CAIRO_STATUS_SUCCESS else {
            if let created { cairo_surface_destroy(created) }
            throw ChartError("cairo could not create a \(width)x\(height) surface")
        }
        if case .svg = format { cairo_svg_surface_restrict_to_version(created, CAIRO_SVG_VERSION_1_1) }
        guard let context = cairo_create(created), cairo_status(context) == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(created)
            throw ChartError("cairo could not create a drawing context")
        }
        surface = created
        self.context = context
        if case .png(let scale) = format { cairo_scale(context, scale, scale) }
    }

    deinit {
        cairo_destroy(context)
        cairo_surface_destroy(surface)
    }

    /// Finishes drawing and returns the encoded file.
    func encoded() throws(ChartError) -> [UInt8] {
        let status = cairo_status(context)
        guard status == CAIRO_STATUS_SUCCESS else { throw ChartError("drawing failed: \(String(cString: cairo_status_to_string(status)))") }
        switch format {
        case .png:
            cairo_surface_flush(surface)
            let written = cairo_surface_write_to_png_stream(surface, ByteSink.write, Unmanaged.passUnretained(sink).toOpaque())
            guard written == CAIRO_STATUS_SUCCESS else { throw ChartError("PNG encoding failed: \(String(cString: cairo_status_to_string(written)))") }
        case .svg:
            cairo_surface_finish(surface)
            let finished = cairo_surface_status(surface)
            guard finished == CAIRO_STATUS_SUCCESS else { throw ChartError("SVG encoding failed: \(String(cString: cairo_status_to_string(finished)))") }
        }
        return sink.bytes
    }
}

/// Collects the bytes Cairo streams out (PNG or SVG).
final class ByteSink {
    var bytes: [UInt8] = []

    static let write: cairo_write_func_t = { closure, data, length in
        guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
        let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
        sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
        return CAIRO_STATUS_SUCCESS
    }
}
