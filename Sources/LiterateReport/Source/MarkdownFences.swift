/// The one reading of Markdown's fenced code blocks (CommonMark's rules as Digitbook needs them): a fence is three or
/// more backticks or tildes of one kind, optionally followed by an info string; it is closed by a line of at least
/// as many of the same character and nothing else. The report's cells, the prose's cross-references and its
/// `${name}` parameters all find code with it, so they always agree on where code is.
struct MarkdownFences {
    /// The fence of the block being read, when inside one.
    private(set) var open: String?

    /// A fence that opens a block on this line: its marker and its info string.
    static func opening(_ line: some StringProtocol) -> (fence: String, info: String)? {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        guard let first = trimmed.first, first == "`" || first == "~" else { return nil }
        let fence = String(trimmed.prefix { $0 == first })
        guard fence.count >= 3 else { return nil }
        let info = trimmed.dropFirst(fence.count).trimmingCharacters(in: .whitespaces)
        if first == "`" && info.contains("`") { return nil }  // CommonMark: not a fence, an inline code span
        return (fence, info)
    }

    /// Whether `line` closes a block opened by `fence`.
    static func closes(_ line: some StringProtocol, _ fence: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        return trimmed.count >= fence.count && trimmed.allSatisfy { $0 == fence.first }
    }

    /// Reads one line; true when it belongs to a fenced block (its opening and closing lines included).
    mutating func isCode(_ line: some StringProtocol) -> Bool {
        if let fence = open {
            if Self.closes(line, fence) { open = nil }
            return true
        }
        guard let opening = Self.opening(line) else { return false }
        open = opening.fence
        return true
    }

    /// The pieces of a prose line between backticks, each marked as inline code or text (odd pieces are code).
    static func inlinePieces(_ line: some StringProtocol) -> [(text: Substring, isCode: Bool)] {
        line.split(separator: "`", omittingEmptySubsequences: false).enumerated().map { (Substring($1), $0 % 2 == 1) }
    }
}
