extension DocumentBlock {
    /// The block with every figure's drawing in it, however deep, passed through `transform`: a page written as HTML
    /// with its charts as files becomes one whose charts a PDF can draw.
    public func mappingDrawings(_ transform: (Figure.Drawing) -> Figure.Drawing) -> DocumentBlock {
        guard case .figure(let figure) = self else { return mappingChildren { $0.mappingDrawings(transform) } }
        guard case .drawing(let drawing) = figure.content else { return self }
        return .figure(Figure(id: figure.id, number: figure.number, caption: figure.caption, content: .drawing(transform(drawing))))
    }
}
