import Foundation

/// How a figure's files appear in the page: SVG inline, PNG as a data URI, or links to the files beside the page.
enum FigureHTML {
    /// `svg` ready to sit inside HTML: no XML declaration or namespace URLs, every id prefixed with `prefix` (Cairo
    /// names glyphs and clips the same in every file, and ids must be unique in a page), and `alt` as its label.
    static func inlineSVG(_ svg: [UInt8], prefix: String, alt: String) -> String {
        var text = String(decoding: svg, as: UTF8.self)
        if text.hasPrefix("<?xml"), let end = text.range(of: "?>") { text = String(text[end.upperBound...]).trimmingCharacters(in: .whitespacesAndNewlines) }
        text = text.replacingOccurrences(of: " xmlns=\"http://www.w3.org/2000/svg\"", with: "")
            .replacingOccurrences(of: " xmlns:xlink=\"http://www.w3.org/1999/xlink\"", with: "")
            .replacingOccurrences(of: "id=\"", with: "id=\"\(prefix)-")
            .replacingOccurrences(of: "href=\"#", with: "href=\"#\(prefix)-")
            .replacingOccurrences(of: "url(#", with: "url(#\(prefix)-")
        if let open = text.range(of: "<svg") {
            text.replaceSubrange(open, with: "<svg role=\"img\" aria-label=\"\(HTMLPage.escaped(alt))\"")
        }
        return text
    }

    /// An `<img>` of PNG bytes as a data URI, sized at half its pixels (charts are drawn at scale 2).
    static func inlinePNG(_ png: [UInt8], alt: String) -> String {
        "<img src=\"data:image/png;base64,\(Data(png).base64EncodedString())\" alt=\"\(HTMLPage.escaped(alt))\"\(size(png))>"
    }

    /// An `<img>` that links a file beside the page.
    static func linked(_ path: String, png: [UInt8]?, alt: String) -> String {
        "<img src=\"\(HTMLPage.escaped(path))\" alt=\"\(HTMLPage.escaped(alt))\"\(png.map(size) ?? "")>"
    }

    /// ` width="W" height="H"` from a PNG's header, halved.
    private static func size(_ png: [UInt8]) -> String {
        guard png.count >= 24 else { return "" }
        let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }, height = png[20..<24].reduce(0) { $0 << 8 | Int($1) }
        return " width=\"\(width / 2)\" height=\"\(height / 2)\""
    }
}
