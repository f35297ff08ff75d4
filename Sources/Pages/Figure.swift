import Foundation

/// A numbered figure or table with its caption, which cross-references can point at: a drawing (a chart, a picture
/// of digits) or a table. Tables are captioned above, drawings below.
public struct Figure: Codable, Equatable, Sendable {
    /// What the figure shows.
    public enum Content: Codable, Equatable, Sendable {
        case table(HTMLTable)
        case drawing(Drawing)
    }

    /// A drawing and the one sentence that describes it (its alternative text).
    public struct Drawing: Codable, Equatable, Sendable {
        /// Where the drawing's bytes are.
        public enum Source: Codable, Equatable, Sendable {
            /// SVG from Digitbook's charts, put inline.
            case svg([UInt8])
            /// PNG bytes, put inline as a data URI.
            case png([UInt8])
            /// A file beside the page, with its PNG bytes when known (for its size).
            case file(path: String, png: [UInt8]?)
            /// The files are missing (a damaged cache): said in place.
            case missing
        }

        public let source: Source
        public let description: String

        public init(_ source: Source, description: String) {
            self.source = source
            self.description = description
        }
    }

    /// The element id, the target of cross-references.
    public let id: String
    /// "Figure 3", "Table 2".
    public let number: String
    public let caption: [Inline]
    public let content: Content

    public init(id: String, number: String, caption: [Inline], content: Content) {
        self.id = id
        self.number = number
        self.caption = caption
        self.content = content
    }
}

extension HTMLWriter {
    /// A figure: `<figure>` with its drawing or table and its numbered caption (a table's region named by it).
    static func html(_ figure: Figure) -> String {
        let caption = "<span class=\"number\">\(HTMLText.escaped(figure.number)).</span> \(html(figure.caption))"
        let id = HTMLText.escaped(figure.id)
        switch figure.content {
        case .table(var table):
            table.labelledBy = figure.id + "-caption"
            return "<figure class=\"table\" id=\"\(id)\">\n<figcaption id=\"\(id)-caption\">\(caption)</figcaption>\n"
                + "\(table.html)\n</figure>"
        case .drawing(let drawing):
            return "<figure class=\"chart\" id=\"\(id)\">\n\(html(drawing, prefix: figure.id))\n"
                + "<figcaption>\(caption)</figcaption>\n</figure>"
        }
    }

    /// A drawing: SVG inline, PNG as a data URI, or a link to its file.
    static func html(_ drawing: Figure.Drawing, prefix: String) -> String {
        switch drawing.source {
        case .svg(let svg): inlineSVG(svg, prefix: prefix, alt: drawing.description)
        case .png(let png):
            "<img src=\"data:image/png;base64,\(Data(png).base64EncodedString())\" alt=\"\(HTMLText.escaped(drawing.description))\""
                + size(png) + ">"
        case .file(let path, let png):
            "<img src=\"\(HTMLText.escaped(path))\" alt=\"\(HTMLText.escaped(drawing.description))\"\(png.map(size) ?? "")>"
        case .missing: "<p class=\"cell-error\">The figure's files are missing from the cache.</p>"
        }
    }

    /// `svg` ready to sit inside HTML: no XML declaration or namespace URLs, every id prefixed with `prefix` (Cairo
    /// names glyphs and clips the same in every file, and ids must be unique in a page), and `alt` as its label.
    /// Only for SVG that Digitbook's charts drew: it is markup, not text.
    static func inlineSVG(_ svg: [UInt8], prefix: String, alt: String) -> String {
        var text = String(decoding: svg, as: UTF8.self)
        if text.hasPrefix("<?xml"), let end = text.range(of: "?>") {
            text = String(text[end.upperBound...]).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        text = text.replacingOccurrences(of: " xmlns=\"http://www.w3.org/2000/svg\"", with: "")
            .replacingOccurrences(of: " xmlns:xlink=\"http://www.w3.org/1999/xlink\"", with: "")
            .replacingOccurrences(of: "id=\"", with: "id=\"\(prefix)-")
            .replacingOccurrences(of: "href=\"#", with: "href=\"#\(prefix)-")
            .replacingOccurrences(of: "url(#", with: "url(#\(prefix)-")
        if let open = text.range(of: "<svg") {
            text.replaceSubrange(open, with: "<svg role=\"img\" aria-label=\"\(HTMLText.escaped(alt))\"")
        }
        return text
    }

    /// ` width="W" height="H"` from a PNG's header, halved (charts are drawn at scale 2).
    private static func size(_ png: [UInt8]) -> String {
        guard png.count >= 24 else { return "" }
        let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }, height = png[20..<24].reduce(0) { $0 << 8 | Int($1) }
        return " width=\"\(width / 2)\" height=\"\(height / 2)\""
    }
}
