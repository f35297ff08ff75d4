import CPango
import Foundation
import Pages

/// Inline content as Pango takes it: the text and the ranges (in UTF-8 bytes) that are bold, italic, code or links,
/// turned into an attribute list (no markup strings: the text is never read as markup).
struct TextRun {
    enum Style { case bold, italic, code, link, strike, lowered, raised, overline, serif }

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
            case .math(let formula, _): math(formula)
            }
        }
    }

    /// A formula in the line of text: letters italic, scripts raised or lowered in smaller type, a root's radicand
    /// under a bar, a fraction as a/b, thin spaces around relations; in a serif face, as on its own line.
    private mutating func math(_ formula: MathNode) {
        let start = text.utf8.count
        mathText(formula)
        spans.append((.serif, start, text.utf8.count))
    }

    private mutating func mathText(_ node: MathNode) {
        func around(_ style: Style, _ inner: () -> Void) {
            let start = text.utf8.count
            inner()
            spans.append((style, start, text.utf8.count))
        }
        switch node {
        case .identifier(let name, let upright):
            if upright || name.count > 1 { text += name } else { around(.italic) { text += name } }
        case .number(let digits): text += digits
        case .text(let words): text += words
        case .styled(let letters, let variant):
            let shown = variant == "double-struck" ? String(letters.flatMap { MathTypesetter.doubleStruck[$0] ?? String($0) }) : letters
            around(variant == "bold" ? .bold : (variant == "double-struck" ? .serif : .italic)) { text += shown }
        case .symbol(let symbol, _, _):
            let spaced = MathTypesetter.relations.contains(symbol) || MathTypesetter.binaryOperators.contains(symbol)
            text += spaced ? "\u{2006}\(symbol)\u{2006}" : symbol
        case .space(let ems): text += ems >= 0.5 ? "\u{2003}" : (ems > 0 ? "\u{2009}" : "")
        case .row(let items): for item in items { mathText(item) }
        case .fraction(let top, let bottom, _):
            grouped(top)
            text += "/"
            grouped(bottom)
        case .root(let base, let index):
            if let index { around(.raised) { mathText(index) } }
            text += "√"
            around(.overline) { mathText(base) }
        case .scripts(let base, let sub, let sup), .limits(let base, let sub, let sup):
            mathText(base)
            if let sub { around(.lowered) { mathText(sub) } }
            if let sup { around(.raised) { mathText(sup) } }
        case .accent(let base, let mark):
            mathText(base)
            text += ["^": "\u{0302}", "¯": "\u{0304}", "‾": "\u{0305}", "~": "\u{0303}", "→": "\u{20D7}", "˙": "\u{0307}",
                     "¨": "\u{0308}"][mark] ?? mark
        }
    }

    /// A fraction's part, in parentheses unless it is one letter or number.
    private mutating func grouped(_ node: MathNode) {
        switch node {
        case .identifier, .number, .styled, .scripts: mathText(node)
        default:
            text += "("
            mathText(node)
            text += ")"
        }
    }

    private mutating func styled(_ style: Style, _ inner: [Inline]) {
        let start = text.utf8.count
        append(inner)
        spans.append((style, start, text.utf8.count))
    }

    /// The most UTF-8 bytes one Pango layout is given (a paragraph longer than that is laid out in pieces).
    static let longestPiece = 16_384

    /// The run cut, after a space where there is one, into pieces of at most `maximumBytes` bytes of text, each with
    /// the styles and links that fall in it; a shorter run is itself.
    func pieces(maximumBytes: Int) -> [TextRun] {
        let bytes = Array(text.utf8)
        guard bytes.count > maximumBytes, maximumBytes > 8 else { return [self] }
        var pieces: [TextRun] = [], start = 0
        while start < bytes.count {
            var end = min(bytes.count, start + maximumBytes)
            if end < bytes.count {
                // Back to a character's start (never inside a UTF-8 sequence), then to just after a space if one is near.
                while end > start + 1 && bytes[end] & 0xC0 == 0x80 { end -= 1 }
                if let space = bytes[start..<end].lastIndex(of: 0x20), space > start + maximumBytes / 2 { end = space + 1 }
            }
            var piece = TextRun(plain: String(decoding: bytes[start..<end], as: UTF8.self))
            piece.spans = spans.compactMap { span in
                let (from, to) = (max(span.start, start), min(span.end, end))
                return from < to ? (span.style, from - start, to - start) : nil
            }
            piece.links = links.compactMap { link in
                let (from, to) = (max(link.start, start), min(link.end, end))
                return from < to ? (from - start, to - start, link.target) : nil
            }
            pieces.append(piece)
            start = end
        }
        return pieces
    }

    /// The spans as a Pango attribute list (the caller's layout takes ownership of a reference).
    func attributes() -> OpaquePointer? {
        guard let list = pango_attr_list_new() else { return nil }
        // A word broken at a line's end gets no hyphen: in a digest or an id a hyphen reads as part of it.
        if let noHyphens = pango_attr_insert_hyphens_new(0) { pango_attr_list_insert(list, noHyphens) }
        for span in spans {
            let attribute: UnsafeMutablePointer<PangoAttribute>?
            switch span.style {
            case .bold: attribute = pango_attr_weight_new(PANGO_WEIGHT_BOLD)
            case .italic: attribute = pango_attr_style_new(PANGO_STYLE_ITALIC)
            case .code: attribute = pango_attr_family_new("DejaVu Sans Mono")
            case .link: attribute = pango_attr_foreground_new(0x0b0b, 0x5c5c, 0xadad)
            case .strike: attribute = pango_attr_strikethrough_new(1)
            case .lowered, .raised:
                let up = span.style == .raised
                add(pango_attr_font_scale_new(up ? PANGO_FONT_SCALE_SUPERSCRIPT : PANGO_FONT_SCALE_SUBSCRIPT), span, to: list)
                attribute = pango_attr_baseline_shift_new(Int32((up ? PANGO_BASELINE_SHIFT_SUPERSCRIPT
                                                                     : PANGO_BASELINE_SHIFT_SUBSCRIPT).rawValue))
            case .overline: attribute = pango_attr_overline_new(PANGO_OVERLINE_SINGLE)
            case .serif: attribute = pango_attr_family_new("DejaVu Serif")
            }
            add(attribute, span, to: list)
        }
        return list
    }

    private func add(_ attribute: UnsafeMutablePointer<PangoAttribute>?, _ span: (style: Style, start: Int, end: Int),
                     to list: OpaquePointer) {
        guard let attribute else { return }
        attribute.pointee.start_index = UInt32(span.start)
        attribute.pointee.end_index = UInt32(span.end)
        pango_attr_list_insert(list, attribute)
    }
}
