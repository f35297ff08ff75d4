/// A list of the document model: bulleted or numbered (from `start`), its items holding blocks (a nested list, a second
/// paragraph); a tight list's items are lines rather than paragraphs.
public struct DocumentList: Codable, Equatable, Sendable {
    /// One item, with its box ticked or not when the item is a task.
    public struct Item: Codable, Equatable, Sendable {
        public var blocks: [DocumentBlock]
        public var checked: Bool?

        public init(_ blocks: [DocumentBlock], checked: Bool? = nil) {
            self.blocks = blocks
            self.checked = checked
        }
    }

    public var ordered: Bool
    public var start: Int
    /// Whether the items are set without space between them, their paragraphs shown as lines.
    public var tight: Bool
    public var items: [Item]

    public init(ordered: Bool, start: Int = 1, tight: Bool = true, items: [Item]) {
        self.ordered = ordered
        self.start = start
        self.tight = tight
        self.items = items
    }
}

/// A note that a reference in the text points at: its number and what it says.
public struct Footnote: Codable, Equatable, Sendable {
    public let number: Int
    public let blocks: [DocumentBlock]

    public init(number: Int, blocks: [DocumentBlock]) {
        self.number = number
        self.blocks = blocks
    }
}
