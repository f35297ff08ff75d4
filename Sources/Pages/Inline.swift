/// A run of text inside a block of a page: plain text, emphasis, code, a link, an image or a footnote's number.
/// Text is always text: the HTML writer escapes it, so no caller can put markup into a page by accident.
public indirect enum Inline: Codable, Equatable, Sendable {
    case text(String)
    /// Strong emphasis; `role` names what it marks (a page's style may show a `prediction` larger).
    case strong([Inline], role: String? = nil)
    case emphasis([Inline])
    case code(String)
    case strikethrough([Inline])
    case link([Inline], to: String)
    /// An image in the text: where its bytes are (a data URI once embedded) and what it shows.
    case image(source: String, description: String)
    /// A reference to the footnote with this number; only the first reference to a note is where its note links back.
    case footnote(Int, repeated: Bool = false)
    case lineBreak
    /// A formula in the text, written as MathML; `source` is its TeX, for a text layer and the formula's description.
    case math(MathNode, source: String)

    /// Plain text.
    public static func plain(_ text: String) -> [Inline] { [.text(text)] }
}

extension Inline {
    /// The words of `content`, its markup left out.
    public static func text(of content: [Inline]) -> String {
        content.map { inline in
            switch inline {
            case .text(let text), .code(let text): text
            case .strong(let inner, _), .emphasis(let inner), .strikethrough(let inner), .link(let inner, _): text(of: inner)
            case .image(_, let description): description
            case .footnote(let number, _): String(number)
            case .lineBreak: "\n"
            case .math(_, let source): source
            }
        }.joined()
    }
}
