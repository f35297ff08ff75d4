extension DocumentBlock {
    /// The block with each block directly inside it (a section's, a list item's, a note's…) passed through
    /// `transform`; a block that holds no blocks is returned as it is. The one walk that the mappings build on.
    public func mappingChildren(_ transform: (DocumentBlock) -> DocumentBlock) -> DocumentBlock {
        func blocks(_ content: [DocumentBlock]) -> [DocumentBlock] { content.map(transform) }
        switch self {
        case .details(let summary, let content): return .details(summary: summary, content: blocks(content))
        case .callout(let kind, let content): return .callout(kind, blocks(content))
        case .list(var list):
            list.items = list.items.map { DocumentList.Item(blocks($0.blocks), checked: $0.checked) }
            return .list(list)
        case .quote(let content): return .quote(blocks(content))
        case .footnotes(let notes): return .footnotes(notes.map { Footnote(number: $0.number, blocks: blocks($0.blocks)) })
        case .section(let id, let classes, let content, let language):
            return .section(id: id, classes: classes, blocks(content), language: language)
        case .heading, .paragraph, .table, .figure, .code, .rule, .title, .contents, .math: return self
        }
    }
}
