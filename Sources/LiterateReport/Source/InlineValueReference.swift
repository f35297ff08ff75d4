import NumberFormats

/// A number named in prose as `${NAME}` or `${NAME:FORMAT}`: a report parameter (`${epochs}`), a value an earlier cell
/// computed (`${mlp.accuracy:.1%}`), or a value of one grid point of an earlier sweep
/// (`${depth[model=flatten-dense10,batch_size=32].mean}`). FORMAT is a ``ValueFormat`` spec.
struct InlineValueReference: Equatable {
    /// What a reference names.
    enum Target: Equatable {
        case parameter(String)
        /// A value in the output of the cell `id`; for a sweep's grid point `name` is `[a=1,b=2].NAME`, the options in
        /// the sweep's order.
        case cell(id: String, name: String)
    }

    /// The text between `${` and `}`.
    let written: String
    let target: Target
    let format: ValueFormat

    /// Every `${…}` in `text`: where it is and what is written inside.
    static func spans(in text: Substring) -> [(range: Range<String.Index>, inner: String)] {
        var spans: [(range: Range<String.Index>, inner: String)] = []
        var rest = text[...]
        while let open = rest.range(of: "${"), let close = rest[open.upperBound...].firstIndex(of: "}") {
            spans.append((open.lowerBound..<rest.index(after: close), String(rest[open.upperBound..<close])))
            rest = rest[rest.index(after: close)...]
        }
        return spans
    }

    /// Reads `inner` written on `line`, after the first `cellsBefore` cells of `document`; an unknown parameter, a
    /// cell that does not exist or comes later, or a malformed format is an error naming the file and line.
    init(_ inner: String, line: Int, cellsBefore: Int, cells: [Cell], frontMatter: FrontMatter, file: String) throws(ReportError) {
        written = inner
        func fail(_ problem: String) -> ReportError { ReportError(file: file, line: line, "${\(inner)}: \(problem)") }
        var path = inner, spec = ""
        let formatStart = inner.lastIndex(of: "]").map { inner.index(after: $0) } ?? inner.startIndex
        if let colon = inner[formatStart...].firstIndex(of: ":") {
            path = String(inner[..<colon])
            spec = String(inner[inner.index(after: colon)...])
        }
        path = path.trimmingCharacters(in: .whitespaces)
        do { format = try ValueFormat(parsing: spec) } catch { throw fail(error.problem) }

        if !path.contains("."), !path.contains("[") {
            guard frontMatter.parameter(path) != nil else {
                if cells.contains(where: { $0.id == path }) { throw fail("name one of the cell's values, such as ${\(path).accuracy}") }
                let known = frontMatter.parameters.map(\.name).joined(separator: ", ")
                throw fail("no such parameter (params: \(known.isEmpty ? "none" : known)) or cell value (${CELL.NAME})")
            }
            target = .parameter(path)
            return
        }
        let (id, name) = try Self.split(path, cells: cells, fail: fail)
        guard let index = cells.firstIndex(where: { $0.id == id }) else {
            throw fail("no cell has the id \(id)")
        }
        guard index < cellsBefore else {
            throw fail("the \(cells[index].kind.rawValue) cell \(id) comes later (line \(cells[index].line)); prose can name "
                + "only values computed above it")
        }
        guard !name.isEmpty else { throw fail("name one of the cell's values, such as ${\(id).accuracy}") }
        target = .cell(id: id, name: try Self.canonicalPoint(name, of: cells[index], file: file, fail: fail))
    }

    /// The cell id and the value's name in `path`: `ID[…].NAME` for a sweep's grid point, else the longest cell id
    /// that `path` starts with followed by a dot.
    private static func split(_ path: String, cells: [Cell], fail: (String) -> ReportError) throws(ReportError)
        -> (id: String, name: String)
    {
        if let open = path.firstIndex(of: "[") {
            guard let close = path.firstIndex(of: "]"), close > open else { throw fail("a [ without its ]") }
            let after = path[path.index(after: close)...]
            guard after.hasPrefix(".") else { throw fail("name a value of the grid point, such as …].mean") }
            return (String(path[..<open]), String(path[open...close]) + after)
        }
        let ids = cells.map(\.id).filter { path.hasPrefix($0 + ".") }
        if let id = ids.max(by: { $0.count < $1.count }) { return (id, String(path.dropFirst(id.count + 1))) }
        let parts = path.split(separator: ".", maxSplits: 1)
        return (String(parts.first ?? ""), parts.count == 2 ? String(parts[1]) : "")
    }

    /// A grid point's value name with its options in the sweep's order and its values as the sweep writes them, so
    /// that `[batch_size=32,model=x]` and `[model=x,batch_size=32.0]` name the same point.
    private static func canonicalPoint(_ name: String, of cell: Cell, file: String, fail: (String) -> ReportError)
        throws(ReportError) -> String
    {
        guard name.hasPrefix("["), let close = name.firstIndex(of: "]") else { return name }
        guard cell.kind == .sweep else { throw fail("\(cell.id) is a \(cell.kind.rawValue) cell, not a sweep with grid points") }
        guard let plan = try? SweepPlan(cell, file: file), let reference = SweepReference(cell.id + name[...close]) else {
            throw fail("\(cell.id)'s grid cannot be read")
        }
        switch reference.point(in: plan) {
        case .success(let point):
            return plan.pointName(point) + name[name.index(after: close)...]
        case .failure(let problem):
            throw fail(problem.message)
        }
    }
}
