import CCairo

/// A PNG decoded by Cairo, to check what a chart really drew.
struct PNGReadBack {
    let width: Int
    let height: Int
    private let pixels: [UInt32]

    init?(_ bytes: [UInt8]) {
        final class Source { var bytes: [UInt8]; var offset = 0; init(_ b: [UInt8]) { bytes = b } }
        let source = Source(bytes)
        let read: cairo_read_func_t = { closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_READ_ERROR }
            let source = Unmanaged<Source>.fromOpaque(closure).takeUnretainedValue()
            let count = Int(length)
            guard source.offset + count <= source.bytes.count else { return CAIRO_STATUS_READ_ERROR }
            source.bytes.withUnsafeBufferPointer { data.update(from: $0.baseAddress! + source.offset, count: count) }
            source.offset += count
            return CAIRO_STATUS_SUCCESS
        }
        guard let surface = cairo_image_surface_create_from_png_stream(read, Unmanaged.passUnretained(source).toOpaque()),
              cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else { return nil }
        defer { cairo_surface_destroy(surface) }
        width = Int(cairo_image_surface_get_width(surface))
        height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard let data = cairo_image_surface_get_data(surface) else { return nil }
        var pixels = [UInt32](repeating: 0, count: width * height)
        for y in 0..<height {
            let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
            for x in 0..<width { pixels[y * width + x] = row[x] }
        }
        self.pixels = pixels
        _ = withExtendedLifetime(source) {}
    }

    /// (red, green, blue) in 0…255 at device pixel (x, y).
    func rgb(_ x: Int, _ y: Int) -> (Int, Int, Int) {
        let value = pixels[y * width + x]
        return (Int(value >> 16 & 0xFF), Int(value >> 8 & 0xFF), Int(value & 0xFF))
    }

    /// Whether the pixel is within `tolerance` of `color` in every channel.
    func matches(_ x: Int, _ y: Int, _ r: Int, _ g: Int, _ b: Int, tolerance: Int = 6) -> Bool {
        let (pr, pg, pb) = rgb(x, y)
        return abs(pr - r) <= tolerance && abs(pg - g) <= tolerance && abs(pb - b) <= tolerance
    }
}
