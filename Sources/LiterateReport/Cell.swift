/// One runnable cell of a report: a fenced block opened by "```digitbook KIND" whose body is YAML options.
public struct Cell: Equatable, Sendable {
    public let kind: CellKind
    /// The line of the opening fence.
    public let line: Int
    /// The cell's id: given, or `KIND-LINE` when the cell has none.
    public let id: String
    /// Options that decide the result, in source order, parameters substituted.
    public let options: [String: CellValue]
    public let caption: String?
    public let label: String?
    public let echo: Bool
    /// The body as written, to show when `echo` is on.
    public let source: String

    public static func == (a: Cell, b: Cell) -> Bool {
        a.kind == b.kind && a.line == b.line && a.id == b.id && a.options == b.options && a.caption == b.caption
            && a.label == b.label && a.echo == b.echo && a.source == b.source
    }
}
