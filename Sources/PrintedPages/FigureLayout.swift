import CPango
import Foundation
import Pages

/// A figure on paper: a chart as a vector drawing (its SVG drawn by librsvg through Cairo), a picture as its PNG at
/// print resolution, or a table; its numbered caption and its one-sentence description (the alternative text, in
/// the text layer) beneath, all kept on one page; its id a link destination for cross-references.
struct FigureLayout {
    let figure: Figure
    /// Points per CSS pixel (96 per inch against 72): a chart drawn 640 units wide is 480 points on paper.
    static let pointsPerPixel = 0.75
    /// Device pixels per CSS pixel in a picture's PNG (Charts draw pictures at scale 2).
    static let pngScale = 2.0

    func write(into flow: inout PageFlow) {
        let captionRun = TextRun([.strong([.text(figure.number.map { "\($0). " } ?? "")])] + figure.caption)
        let caption = TextLayout(captionRun, canvas: flow.canvas, width: flow.textWidth, size: 9)
        switch figure.content {
        case .table(let table):
            flow.need(caption.height + 40)
            flow.destination(figure.id)
            flow.lines(caption)
            flow.y += 4
            TableLayout(table: table).write(into: &flow, indent: 0)
        case .drawing(let drawing):
            let said = flow.canvas.words(.pdfDescription, ["text": drawing.description])
            let description = TextLayout(TextRun([.emphasis([.text(said)])]), canvas: flow.canvas, width: flow.textWidth, size: 8)
            let picture = Picture(drawing.source)
            let (width, height) = picture.map { size(of: $0, in: flow) } ?? (0, 0)
            flow.need(height + caption.height + description.height + 16)
            flow.destination(figure.id)
            if let picture, picture.draw(on: flow.canvas.context, x: flow.left + (flow.textWidth - width) / 2, y: flow.y,
                                         width: width, height: height) {
                flow.y += height + 6
            } else {
                flow.paragraph([.text("(The drawing is missing.)")], size: 9)
            }
            flow.lines(caption)
            flow.y += 2
            cairo_set_source_rgb(flow.canvas.context, 0.35, 0.35, 0.35)
            flow.lines(description)
            cairo_set_source_rgb(flow.canvas.context, 0.1, 0.1, 0.1)
            flow.y += 12
        }
    }

    /// How much of `block` must share a page with a heading above it: a figure whole with its caption (a table
    /// figure, its caption and first rows), else a few lines.
    static func leadHeight(of block: DocumentBlock, in flow: PageFlow) -> Double {
        switch block {
        case .section(_, _, let content, _), .details(_, let content):
            return content.first.map { leadHeight(of: $0, in: flow) } ?? 0
        case .figure(let figure):
            guard case .drawing(let drawing) = figure.content, let picture = Picture(drawing.source) else { return 80 }
            return FigureLayout(figure: figure).size(of: picture, in: flow).1 + 60
        case .table: return 60
        default: return 40
        }
    }

    /// The picture's size on paper: its natural size, shrunk to the text width and to most of a page's height.
    func size(of picture: Picture, in flow: PageFlow) -> (Double, Double) {
        let (width, height) = picture.naturalSize
        let scale = min(flow.textWidth / width, (flow.bottom - flow.margin) * 0.6 / height, 1)
        return (width * scale, height * scale)
    }
}

/// A figure's drawing ready for paper: vectors from SVG, or a PNG image.
enum Picture {
    case vector(SVGDrawing)
    case image(PNGImage)

    init?(_ source: Figure.Drawing.Source) {
        switch source {
        case .svg(let markup):
            guard let drawing = SVGDrawing(markup) else { return nil }
            self = .vector(drawing)
        case .png(let bytes), .file(_, .some(let bytes)):
            guard let image = PNGImage(bytes) else { return nil }
            self = .image(image)
        case .file(_, .none), .missing:
            return nil
        }
    }

    /// The size in points at which it was drawn for the screen.
    var naturalSize: (Double, Double) {
        switch self {
        case .vector(let drawing):
            (drawing.width * FigureLayout.pointsPerPixel, drawing.height * FigureLayout.pointsPerPixel)
        case .image(let image):
            (image.width / FigureLayout.pngScale * FigureLayout.pointsPerPixel,
             image.height / FigureLayout.pngScale * FigureLayout.pointsPerPixel)
        }
    }

    /// Draws the picture into the rectangle; false when it could not be drawn.
    func draw(on context: OpaquePointer, x: Double, y: Double, width: Double, height: Double) -> Bool {
        switch self {
        case .vector(let drawing):
            return drawing.draw(on: context, x: x, y: y, width: width, height: height)
        case .image(let image):
            cairo_save(context)
            cairo_translate(context, x, y)
            cairo_scale(context, width / image.width, height / image.height)
            cairo_set_source_surface(context, image.surface, 0, 0)
            cairo_paint(context)
            cairo_restore(context)
            return true
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
