import Foundation

/// A figure or table with its caption: a drawing (a chart, a picture of digits) or a table. Reports number theirs and
/// give them ids that cross-references point at. Tables are captioned above, drawings below.
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
            /// An `<svg>` element that Digitbook's charts drew (Charts' `InlineSVG`), put in as it is: markup, not text.
            case svg(String)
            /// PNG bytes, put inline as a data URI.
            case png([UInt8])
            /// A file beside the page, with its PNG bytes when known (for its size).
            case file(path: String, png: [UInt8]?)
            /// The files are missing (a damaged cache): said in place.
            case missing
        }

        public let source: Source
        public let description: String
        /// Where following the drawing leads (a chart's full-size SVG beside its PNG).
        public let link: String?

        public init(_ source: Source, description: String, link: String? = nil) {
            self.source = source
            self.description = description
            self.link = link
        }
    }

    /// The element id, the target of cross-references.
    public let id: String?
    /// "Figure 3", "Table 2"; none on pages that do not number their figures.
    public let number: String?
    public let caption: [Inline]
    public let content: Content

    public init(id: String? = nil, number: String? = nil, caption: [Inline], content: Content) {
        self.id = id
        self.number = number
        self.caption = caption
        self.content = content
    }
}

extension HTMLWriter {
    /// A figure: `<figure>` with its drawing or table and its numbered caption (a table's region named by it).
    static func html(_ figure: Figure) -> String {
        let number = figure.number.map { "<span class=\"number\">\(HTMLText.escaped($0)).</span> " } ?? ""
        let caption = number + html(figure.caption)
        let id = figure.id.map(HTMLText.escaped)
        let idAttribute = id.map { " id=\"\($0)\"" } ?? ""
        switch figure.content {
        case .table(var table):
            guard let figureID = figure.id, let id else {
                return "<figure class=\"table\">\n<figcaption>\(caption)</figcaption>\n\(table.html)\n</figure>"
            }
            table.labelledBy = figureID + "-caption"
            return "<figure class=\"table\" id=\"\(id)\">\n<figcaption id=\"\(id)-caption\">\(caption)</figcaption>\n"
                + "\(table.html)\n</figure>"
        case .drawing(let drawing):
            let shown = drawing.link.flatMap { link in isSafe(link) ? "<a href=\"\(HTMLText.escaped(link))\">\(html(drawing))</a>" : nil }
            return "<figure class=\"chart\"\(idAttribute)>\n\(shown ?? html(drawing))\n"
                + "<figcaption>\(caption)</figcaption>\n</figure>"
        }
    }

    /// A drawing: SVG inline, PNG as a data URI, or a link to its file.
    static func html(_ drawing: Figure.Drawing) -> String {
        switch drawing.source {
        case .svg(let markup): markup
        case .png(let png):
            "<img src=\"data:image/png;base64,\(Data(png).base64EncodedString())\" alt=\"\(HTMLText.escaped(drawing.description))\""
                + size(png) + ">"
        case .file(let path, let png):
            "<img src=\"\(HTMLText.escaped(path))\" alt=\"\(HTMLText.escaped(drawing.description))\"\(png.map(size) ?? "")>"
        case .missing: "<div class=\"callout failure\"><p>The figure's files are missing from the cache.</p></div>"
        }
    }

    /// ` width="W" height="H"` from a PNG's header, halved (charts are drawn at scale 2).
    private static func size(_ png: [UInt8]) -> String {
        guard png.count >= 24 else { return "" }
        let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }, height = png[20..<24].reduce(0) { $0 << 8 | Int($1) }
        return " width=\"\(width / 2)\" height=\"\(height / 2)\""
    }
}
