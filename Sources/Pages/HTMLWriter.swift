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
        case .heading(let level, let content, let id):
            let tag = "h\(min(6, max(1, level)))"
            return "<\(tag)\(attribute("id", id))>\(html(content))</\(tag)>"
        case .paragraph(let content):
            return "<p>\(html(content))</p>"
        case .table(let table):
            return table.html
        case .figure(let figure):
            return html(figure)
        case .code(let text, let language):
            let code = language.map { "<code class=\"language-\(HTMLText.escaped($0))\">\(HTMLText.escaped(text))</code>" }
            return "<pre tabindex=\"0\">\(code ?? HTMLText.escaped(text))</pre>"
        case .details(let summary, let content):
            return "<details><summary>\(html(summary))</summary>\n\(html(content))\n</details>"
        case .callout(let kind, let content):
            let alert = kind == .failure ? " role=\"alert\"" : ""
            return "<div class=\"callout \(kind.rawValue)\"\(alert)>\n\(html(content))\n</div>"
        case .list(let list):
            return html(list)
        case .quote(let content):
            return "<blockquote>\n\(html(content))\n</blockquote>"
        case .rule:
            return "<hr>"
        case .math(let formula, let source):
            // Scrolls on its own when wider than a phone, and can be reached with the keyboard to scroll it; the formula
            // itself is what a screen reader reads.
            return "<div class=\"math\" tabindex=\"0\">"
                + MathMarkup.html(formula, source: source, display: true) + "</div>"
        case .footnotes(let notes):
            return "<section class=\"footnotes\" aria-label=\"Footnotes\">\n<ol>\n" + notes.map { note in
                let back = "<a href=\"#fnref-\(note.number)\" class=\"footnote-back\" aria-label=\"Back to the text\">↩</a>"
                return "<li id=\"fn-\(note.number)\">\n\(html(note.blocks))\n\(back)</li>\n"
            }.joined() + "</ol>\n</section>"
        case .section(let id, let classes, let content, let language):
            let classList = classes.isEmpty ? nil : classes.joined(separator: " ")
            return "<section\(attribute("id", id))\(attribute("class", classList))\(attribute("lang", language))>\n"
                + "\(html(content))\n</section>"
        case .title(let title):
            return "<header>\n" + (title.kicker.map { "<p class=\"kicker\">\(HTMLText.escaped($0))</p>\n" } ?? "")
                + "<h1 class=\"title\">\(HTMLText.escaped(title.title))</h1>\n"
                + title.bylines.map { "<p class=\"byline\">\(HTMLText.escaped($0))</p>\n" }.joined() + "</header>"
        case .contents(let entries, let title):
            let name = HTMLText.escaped(title)
            return "<nav class=\"contents\" aria-label=\"\(name)\">\n<h2>\(name)</h2>\n<ul>\n" + entries.map { entry in
                "<li class=\"level-\(entry.level)\"><a href=\"#\(HTMLText.escaped(entry.id))\">\(HTMLText.escaped(entry.text))</a></li>\n"
            }.joined() + "</ul>\n</nav>"
        }
    }

    /// A list: a tight list's paragraphs as bare lines, a task's box drawn ticked or not.
    static func html(_ list: DocumentList) -> String {
        let tag = list.ordered ? "ol" : "ul"
        let start = list.ordered && list.start != 1 ? " start=\"\(list.start)\"" : ""
        let items = list.items.map { item in
            let box = item.checked.map { "<input type=\"checkbox\" disabled\($0 ? " checked" : "")> " } ?? ""
            let content = item.blocks.map { block -> String in
                if list.tight, case .paragraph(let inline) = block { return html(inline) }
                return html(block)
            }.joined(separator: "\n")
            return "<li>\(box)\(content)</li>"
        }
        return "<\(tag)\(start)>" + items.joined() + "</\(tag)>"
    }

    /// ` name="value"` with the value escaped, or nothing without a value.
    static func attribute(_ name: String, _ value: String?) -> String {
        value.map { " \(name)=\"\(HTMLText.escaped($0))\"" } ?? ""
    }

    /// Whether a link may point at `target`: a web or mail address, or a place on this site (no `javascript:` and the
    /// like, whatever its case or the spaces around it).
    static func isSafe(_ target: String) -> Bool {
        let trimmed = target.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        guard let colon = trimmed.firstIndex(of: ":") else { return true }
        if let slash = trimmed.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }), slash < colon { return true }
        return ["http", "https", "mailto"].contains(String(trimmed[..<colon]))
    }

    /// Whether `source` is a file beside the page (no scheme, no host): the only images a page may fetch.
    static func isLocal(_ source: String) -> Bool {
        let trimmed = source.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.hasPrefix("//"), !trimmed.hasPrefix("\\") else { return false }
        guard let colon = trimmed.firstIndex(of: ":") else { return true }
        return trimmed.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" }.map { $0 < colon } ?? false
    }

    /// Inline content as HTML.
    public static func html(_ content: [Inline]) -> String {
        content.map { inline in
            switch inline {
            case .text(let text): HTMLText.escaped(text)
            case .strong(let inner, let role): "<strong\(attribute("class", role))>\(html(inner))</strong>"
            case .emphasis(let inner): "<em>\(html(inner))</em>"
            case .strikethrough(let inner): "<del>\(html(inner))</del>"
            case .code(let text): "<code>\(HTMLText.escaped(text))</code>"
            case .link(let inner, let target):
                isSafe(target) ? "<a href=\"\(HTMLText.escaped(target))\">\(html(inner))</a>" : html(inner)
            case .image(let source, let description):
                isEmbeddedData(source) || isLocal(source)
                    ? "<img src=\"\(HTMLText.escaped(source))\" alt=\"\(HTMLText.escaped(description))\">"
                    : HTMLText.escaped(description)
            case .footnote(let number, let repeated):
                "<sup class=\"footnote-ref\"><a href=\"#fn-\(number)\"\(repeated ? "" : " id=\"fnref-\(number)\"")>\(number)</a></sup>"
            case .lineBreak: "<br>\n"
            case .math(let formula, let source): MathMarkup.html(formula, source: source, display: false)
            }
        }.joined()
    }
}
