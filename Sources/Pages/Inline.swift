/// A run of text inside a block of a page: plain text, emphasis, code or a link. Text is always text: the HTML writer
/// escapes it, so no caller can put markup into a page by accident.
public indirect enum Inline: Codable, Equatable, Sendable {
    case text(String)
    /// Strong emphasis; `role` names what it marks (a page's style may show a `prediction` larger).
    case strong([Inline], role: String? = nil)
    case emphasis([Inline])
    case code(String)
    case link([Inline], to: String)
    case lineBreak

    /// Plain text.
    public static func plain(_ text: String) -> [Inline] { [.text(text)] }
}
