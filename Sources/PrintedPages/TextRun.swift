import CPango
import Foundation
import Pages

/// Inline content as Pango takes it: the text and the ranges (in UTF-8 bytes) that are bold, italic, code or links,
/// turned into an attribute list (no markup strings: the text is never read as markup).
struct TextRun {
    enum Style { case bold, italic, code, link, strike }

    var text = ""
    var spans: [(style: Style, start: Int, end: Int)] = []
    /// Where each link's text is (UTF-8 bytes) and where it leads, as written (`#id` or a URL).
    var links: [(start: Int, end: Int, target: String)] = []

    init(_ content: [Inline]) { append(content) }

    init(plain: String) { text = plain }

    private mutating func append(_ content: [Inline]) {
        for inline in content {
            switch inline {
            case .text(let words): text += words.replacingOccurrences(of: "\n", with: " ")  // a soft break is a space
            case .strong(let inner, _): styled(.bold, inner)
            case .emphasis(let inner): styled(.italic, inner)
            case .strikethrough(let inner): styled(.strike, inner)
            case .code(let words): styled(.code, [.text(words)])
            case .link(let inner, let target):
                let start = text.utf8.count
                styled(.link, inner)
                links.append((start, text.utf8.count, target))
            case .image(_, let description): text += description
            case .footnote(let number, _): text += "[\(number)]"
            case .lineBreak: text += "\u{2028}"
            case .math(let formula, _): styled(.italic, [.text(formula.plainText)])
            }
        }
    }

    private mutating func styled(_ style: Style, _ inner: [Inline]) {
        let start = text.utf8.count
        append(inner)
        spans.append((style, start, text.utf8.count))
    }

    /// The spans as a Pango attribute list (the caller's layout takes ownership of a reference).
    func attributes() -> OpaquePointer? {
        guard let list = pango_attr_list_new() else { return nil }
        for span in spans {
            let attribute: UnsafeMutablePointer<PangoAttribute>?
            switch span.style {
            case .bold: attribute = pango_attr_weight_new(PANGO_WEIGHT_BOLD)
            case .italic: attribute = pango_attr_style_new(PANGO_STYLE_ITALIC)
            case .code: attribute = pango_attr_family_new("DejaVu Sans Mono")
            case .link: attribute = pango_attr_foreground_new(0x0b0b, 0x5c5c, 0xadad)
            case .strike: attribute = pango_attr_strikethrough_new(1)
            }
            guard let attribute else { continue }
            attribute.pointee.start_index = UInt32(span.start)
            attribute.pointee.end_index = UInt32(span.end)
            pango_attr_list_insert(list, attribute)
        }
        return list
    }
}
