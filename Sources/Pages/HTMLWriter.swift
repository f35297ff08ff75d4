import Foundation

/// Turns the document model into HTML: the one place markup is written for blocks and inline text, every text
/// escaped by ``HTMLText``.
public enum HTMLWriter {
    /// The blocks as HTML, one per line.
    public static func html(_ blocks: [DocumentBlock]) -> String {
        blocks.map(html).joined(separator: "\n")
    }

    /// One block as HTML.
    public static func html(_ block: DocumentBlock) -> String {
        switch block {
        case .heading(let level, let content):
            let tag = "h\(min(6, max(1, level)))"
            return "<\(tag)>\(html(content))</\(tag)>"
        case .paragraph(let content):
            return "<p>\(html(content))</p>"
        case .table(let table):
            return table.html
        case .figure(let figure):
            return html(figure)
        case .code(let text):
            return "<pre tabindex=\"0\">\(HTMLText.escaped(text))</pre>"
        case .details(let summary, let content):
            return "<details><summary>\(html(summary))</summary>\n\(html(content))\n</details>"
        case .callout(let kind, let content):
            return "<div class=\"callout \(kind.rawValue)\">\n\(html(content))\n</div>"
        case .list(let ordered, let items):
            let tag = ordered ? "ol" : "ul"
            return "<\(tag)>" + items.map { "<li>\(html($0))</li>" }.joined() + "</\(tag)>"
        }
    }

    /// Whether a link may point at `target`: a web or mail address, or a place on this site (no `javascript:` and the
    /// like, whatever its case or the spaces around it).
    static func isSafe(_ target: String) -> Bool {
        let trimmed = target.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        guard let colon = trimmed.firstIndex(of: ":") else { return true }
        if let slash = trimmed.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }), slash < colon { return true }
        return ["http", "https", "mailto"].contains(String(trimmed[..<colon]))
    }

    /// Inline content as HTML.
    public static func html(_ content: [Inline]) -> String {
        content.map { inline in
            switch inline {
            case .text(let text): HTMLText.escaped(text)
            case .strong(let inner, let role):
                "<strong\(role.map { " class=\"\(HTMLText.escaped($0))\"" } ?? "")>\(html(inner))</strong>"
            case .emphasis(let inner): "<em>\(html(inner))</em>"
            case .code(let text): "<code>\(HTMLText.escaped(text))</code>"
            case .link(let inner, let target):
                isSafe(target) ? "<a href=\"\(HTMLText.escaped(target))\">\(html(inner))</a>" : html(inner)
            case .lineBreak: "<br>\n"
            }
        }.joined()
    }
}
