/// One runnable cell of a report: a fenced block opened by "```digitbook KIND" whose body is YAML options.
public struct Cell: Equatable, Sendable {
    public let kind: CellKind
    /// The line of the opening fence.
    public let line: Int
    /// The cell's id: given, or `KIND-LINE` when the cell has none.
    public let id: String
    /// Options that decide the result, parameters substituted.
    public let options: [String: CellValue]
    /// The line of each option, for errors about its value.
    public let optionLines: [String: Int]
    /// The report parameters the options use through `${name}`, sorted.
    public let parameters: [String]
    public let caption: String?
    public let label: String?
    public let echo: Bool
    /// The body as written, to show when `echo` is on.
    public let source: String
    /// Whether the page shows what the cell computed (`output: false` computes it for later cells and prose, and shows
    /// nothing unless it fails).
    public var output = true
    /// The name a run cell goes by in tables and legends (`name:`), instead of its id; nil for the id.
    public var displayName: String?

    /// The training runs (train cell ids) this cell uses, in the order its options name them.
    public var runsUsed: [String] {
        var names: [String] = []
        if case .string(let run)? = options["run"] { names.append(run) }
        if case .list(let runs)? = options["runs"] { names += runs }
        if case .string(let run)? = options["runs"] { names.append(run) }
        return names
    }
}
