import CPango
import Foundation
import Pages

/// A figure on paper: its drawing scaled to the text width (a table figure as a table), its numbered caption beneath,
/// the two kept on one page, and the drawing's one-sentence description in the text layer under it.
struct FigureLayout {
    let figure: Figure

    func write(into flow: inout PageFlow) {
        let captionRun = TextRun([.strong([.text(figure.number.map { "\($0). " } ?? "")])] + figure.caption)
        let caption = TextLayout(captionRun, canvas: flow.canvas, width: flow.textWidth, size: 9)
        switch figure.content {
        case .table(let table):
            flow.need(caption.height + 40)
            flow.lines(caption)
            flow.y += 4
            TableLayout(table: table).write(into: &flow, indent: 0)
        case .drawing(let drawing):
            let png: [UInt8]?
            switch drawing.source {
            case .png(let bytes): png = bytes
            case .file(_, let bytes): png = bytes
            case .svg, .missing: png = nil
            }
            guard let png, let image = PNGImage(png) else {
                flow.paragraph([.emphasis([.text(drawing.description)])])
                flow.lines(caption)
                flow.y += 10
                return
            }
            let scale = min(flow.textWidth / image.width, 360 / image.height, 1)
            let (width, height) = (image.width * scale, image.height * scale)
            flow.need(height + caption.height + 12)
            let context = flow.canvas.context
            cairo_save(context)
            cairo_translate(context, flow.left + (flow.textWidth - width) / 2, flow.y)
            cairo_scale(context, scale, scale)
            cairo_set_source_surface(context, image.surface, 0, 0)
            cairo_paint(context)
            cairo_restore(context)
            flow.y += height + 6
            flow.lines(caption)
            flow.y += 12
        }
    }
}

/// PNG bytes as a Cairo image surface, which it owns.
final class PNGImage {
    let surface: OpaquePointer
    let width: Double, height: Double

    init?(_ bytes: [UInt8]) {
        let source = PNGSource(bytes)
        let read: cairo_read_func_t = { closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_READ_ERROR }
            return Unmanaged<PNGSource>.fromOpaque(closure).takeUnretainedValue().read(into: data, count: Int(length))
        }
        guard let surface = cairo_image_surface_create_from_png_stream(read, Unmanaged.passUnretained(source).toOpaque()) else {
            return nil
        }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            return nil
        }
        self.surface = surface
        width = Double(cairo_image_surface_get_width(surface))
        height = Double(cairo_image_surface_get_height(surface))
    }

    deinit { cairo_surface_destroy(surface) }
}

/// Bytes handed to Cairo's PNG reader in pieces.
final class PNGSource {
    let bytes: [UInt8]
    var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func read(into data: UnsafeMutablePointer<UInt8>, count: Int) -> cairo_status_t {
        guard offset + count <= bytes.count else { return CAIRO_STATUS_READ_ERROR }
        bytes.withUnsafeBufferPointer { buffer in
            if let base = buffer.baseAddress { data.update(from: base + offset, count: count) }
        }
        offset += count
        return CAIRO_STATUS_SUCCESS
    }
}
