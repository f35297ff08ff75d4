extension DocumentBlock {
    /// The block with every figure's drawing in it, however deep, passed through `transform`: a page written as HTML
    /// with its charts as files becomes one whose charts a PDF can draw.
    public func mappingDrawings(_ transform: (Figure.Drawing) -> Figure.Drawing) -> DocumentBlock {
        func blocks(_ content: [DocumentBlock]) -> [DocumentBlock] { content.map { $0.mappingDrawings(transform) } }
        switch self {
        case .figure(let figure):
            guard case .drawing(let drawing) = figure.content else { return self }
            return .figure(Figure(id: figure.id, number: figure.number, caption: figure.caption,
                                  content: .drawing(transform(drawing))))
        case .details(let summary, let content): return .details(summary: summary, content: blocks(content))
        case .callout(let kind, let content): return .callout(kind, blocks(content))
        case .list(var list):
            list.items = list.items.map { DocumentList.Item(blocks($0.blocks), checked: $0.checked) }
            return .list(list)
        case .quote(let content): return .quote(blocks(content))
        case .footnotes(let notes): return .footnotes(notes.map { Footnote(number: $0.number, blocks: blocks($0.blocks)) })
        case .section(let id, let classes, let content): return .section(id: id, classes: classes, blocks(content))
        case .heading, .paragraph, .table, .code, .rule, .title, .contents, .math: return self
        }
    }
}
