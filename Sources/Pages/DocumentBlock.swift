/// A block of a page in the one document model that report cells produce (and, in time, grading and the server's
/// pages): what it says, never how it is marked up. The HTML writer turns blocks into markup; a PDF writer can turn
/// the same blocks into pages.
public indirect enum DocumentBlock: Codable, Equatable, Sendable {
    case heading(level: Int, [Inline])
    case paragraph([Inline])
    /// A table: its header, rows and numeric columns.
    case table(HTMLTable)
    /// A numbered figure or table with its caption.
    case figure(Figure)
    /// Preformatted text, kept as it is (code, a tool's text output).
    case code(String)
    /// Content folded under a summary, open on paper.
    case details(summary: [Inline], content: [DocumentBlock])
    /// A note set apart from the text: a warning or a plain note.
    case callout(Callout, [DocumentBlock])
    case list(ordered: Bool, items: [[Inline]])

    /// What a callout is.
    public enum Callout: String, Codable, Sendable {
        case note, warning
    }

    /// A paragraph of plain text.
    public static func paragraph(_ text: String) -> DocumentBlock { .paragraph([.text(text)]) }
}
