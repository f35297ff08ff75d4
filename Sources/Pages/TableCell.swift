/// What one cell of a table holds: inline content, usually plain text (a link to a student's page, a code name).
///
/// A cell of plain text is stored in JSON as its string, so cached tables stay small and readable.
public struct TableCell: Codable, Equatable, Sendable, ExpressibleByStringLiteral {
    public var content: [Inline]

    public init(_ content: [Inline]) { self.content = content }
    public init(_ text: String) { content = [.text(text)] }
    public init(stringLiteral text: String) { self.init(text) }

    /// The cell's text without its markup (a link's words, a code span's characters).
    public var text: String { Inline.text(of: content) }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) { self.init(text) } else { self.init(try container.decode([Inline].self)) }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if content.count == 1, case .text(let text) = content[0] { try container.encode(text) } else { try container.encode(content) }
    }
}
