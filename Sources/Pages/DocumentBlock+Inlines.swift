extension DocumentBlock {
    /// The block with every inline run in it, however deep (list items, table cells, captions, notes), passed through
    /// `transform`, which sees the innermost runs first.
    public func mappingInlines(_ transform: (Inline) -> Inline) -> DocumentBlock {
        func inlines(_ content: [Inline]) -> [Inline] { content.map { $0.mapping(transform) } }
        func blocks(_ content: [DocumentBlock]) -> [DocumentBlock] { content.map { $0.mappingInlines(transform) } }
        func table(_ table: HTMLTable) -> HTMLTable {
            var mapped = table
            mapped.header = table.header.map { TableCell(inlines($0.content)) }
            mapped.rows = table.rows.map { $0.map { TableCell(inlines($0.content)) } }
            return mapped
        }
        switch self {
        case .heading(let level, let content, let id): return .heading(level: level, inlines(content), id: id)
        case .paragraph(let content): return .paragraph(inlines(content))
        case .table(let content): return .table(table(content))
        case .figure(let figure):
            let content: Figure.Content = switch figure.content {
            case .table(let content): .table(table(content))
            case .drawing: figure.content
            }
            return .figure(Figure(id: figure.id, number: figure.number, caption: inlines(figure.caption), content: content))
        case .details(let summary, let content): return .details(summary: inlines(summary), content: blocks(content))
        case .callout, .list, .quote, .footnotes, .section: return mappingChildren { $0.mappingInlines(transform) }
        case .code, .rule, .title, .contents, .math: return self
        }
    }
}

extension Inline {
    /// The run with its inner runs passed through `transform` first, then itself.
    public func mapping(_ transform: (Inline) -> Inline) -> Inline {
        func inner(_ content: [Inline]) -> [Inline] { content.map { $0.mapping(transform) } }
        switch self {
        case .strong(let content, let role): return transform(.strong(inner(content), role: role))
        case .emphasis(let content): return transform(.emphasis(inner(content)))
        case .strikethrough(let content): return transform(.strikethrough(inner(content)))
        case .link(let content, let target): return transform(.link(inner(content), to: target))
        case .text, .code, .image, .footnote, .lineBreak, .math: return transform(self)
        }
    }
}
