/// A block of a page in the one document model that report cells, grading pages and the server's pages produce:
/// what it says, never how it is marked up. The HTML writer turns blocks into markup; a PDF writer can turn the same
/// blocks into pages.
public indirect enum DocumentBlock: Codable, Equatable, Sendable {
    /// A heading; `id` is the target of links to it (the table of contents).
    case heading(level: Int, [Inline], id: String? = nil)
    case paragraph([Inline])
    /// A table: its header, rows and numeric columns.
    case table(HTMLTable)
    /// A figure or table with its caption, numbered in reports.
    case figure(Figure)
    /// Preformatted text, kept as it is (code, a tool's text output), with the language it is written in when known.
    case code(String, language: String? = nil)
    /// Content folded under a summary, open on paper.
    case details(summary: [Inline], content: [DocumentBlock])
    /// A note set apart from the text: a warning, a verdict, a failure.
    case callout(Callout, [DocumentBlock])
    case list(DocumentList)
    /// A quotation set apart from the text.
    case quote([DocumentBlock])
    /// A break between topics.
    case rule
    /// A formula set on its own line (`$$…$$`), as MathML; `source` is its TeX.
    case math(MathNode, source: String)
    /// The notes that `Inline.footnote` references point at, in their order.
    case footnotes([Footnote])
    /// A part of the page that links can point at (`id`), such as a report cell's output; `classes` say what it is;
    /// `language` (a BCP 47 tag) when it is written in another language than the page (English output in a Spanish
    /// report), so that screen readers switch voice.
    case section(id: String?, classes: [String], [DocumentBlock], language: String? = nil)
    /// The page's title, with a line above it saying what kind of page it is and lines under it (authors, a date).
    case title(TitleBlock)
    /// A table of contents: each entry links to its heading; `title` is its heading in the page's language.
    case contents([ContentsEntry], title: String = "Contents")

    /// What a callout is.
    public enum Callout: String, Codable, Sendable {
        /// An aside in smaller type.
        case note
        /// Something the reader should check.
        case warning
        /// Something a person should review before acting on it.
        case review
        /// What failed, announced as an alert.
        case failure
        /// The outcome of a page (a score), set large.
        case verdict
        /// An outcome that could not be reached: a submission that could not be graded.
        case refusal
        /// An outcome with nothing to judge: a missing submission.
        case absence
    }

    /// A paragraph of plain text.
    public static func paragraph(_ text: String) -> DocumentBlock { .paragraph([.text(text)]) }

    /// A tight list whose items are each a line of inline content.
    public static func list(ordered: Bool, items: [[Inline]]) -> DocumentBlock {
        .list(DocumentList(ordered: ordered, items: items.map { DocumentList.Item([.paragraph($0)]) }))
    }
}

/// A page's title block.
public struct TitleBlock: Codable, Equatable, Sendable {
    /// What kind of page this is ("Feedback"), above the title.
    public var kicker: String?
    public var title: String
    /// Lines under the title: authors, a date, who the page is for.
    public var bylines: [String]

    public init(kicker: String? = nil, title: String, bylines: [String] = []) {
        self.kicker = kicker
        self.title = title
        self.bylines = bylines
    }
}

/// An entry of a table of contents: a heading's level, its words and its id.
public struct ContentsEntry: Codable, Equatable, Sendable {
    public let level: Int
    public let text: String
    public let id: String

    public init(level: Int, text: String, id: String) {
        self.level = level
        self.text = text
        self.id = id
    }
}
