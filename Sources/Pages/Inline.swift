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

    /// Plain text.
    public static func plain(_ text: String) -> [Inline] { [.text(text)] }
}
