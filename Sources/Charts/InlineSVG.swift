import Foundation

extension Chart {
    /// The chart as an `<svg>` element to place inside an HTML page: no XML declaration, every id prefixed with
    /// `id` so that several charts on one page keep their own glyphs, Cairo's `style` attributes turned into
    /// presentation attributes (a Content-Security-Policy without `'unsafe-inline'` styles still draws it), and
    /// the chart's one-sentence summary as its accessible name.
    public func inlineSVG(id: String) throws(ChartError) -> String {
        InlineSVG.markup(try svg(), id: id, label: summary)
    }
}

/// Rewrites a standalone SVG document from Cairo into markup for an HTML page.
enum InlineSVG {
    static func markup(_ document: [UInt8], id: String, label: String) -> String {
        var text = String(decoding: document, as: UTF8.self)
        if text.hasPrefix("<?xml"), let end = text.range(of: "?>") {
            text = String(text[end.upperBound...]).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let prefix = id.filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" } + "-"
        text = text.replacingOccurrences(of: " id=\"", with: " id=\"\(prefix)")
            .replacingOccurrences(of: "href=\"#", with: "href=\"#\(prefix)")
            .replacingOccurrences(of: "url(#", with: "url(#\(prefix)")
        text = presentationAttributes(text)
        let name = label.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        if let open = text.range(of: "<svg ") {
            text.replaceSubrange(open, with: "<svg role=\"img\" aria-label=\"\(name)\" ")
        }
        return text
    }

    /// `style="fill:none;stroke-width:1;"` becomes `fill="none" stroke-width="1"`: the same drawing, as
    /// attributes that a style policy does not govern.
    static func presentationAttributes(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let start = rest.range(of: " style=\"") {
            result += rest[..<start.lowerBound]
            let afterQuote = rest[start.upperBound...]
            guard let close = afterQuote.firstIndex(of: "\"") else {
                rest = rest[start.lowerBound...]
                break
            }
            for declaration in afterQuote[..<close].split(separator: ";") {
                let parts = declaration.split(separator: ":", maxSplits: 1)
                guard parts.count == 2 else { continue }
                let name = parts[0].trimmingCharacters(in: .whitespaces)
                let value = parts[1].trimmingCharacters(in: .whitespaces)
                guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0 == "-" }), !value.contains("\"") else { continue }
                result += " \(name)=\"\(value)\""
            }
            rest = afterQuote[afterQuote.index(after: close)...]
        }
        return result + rest
    }
}
