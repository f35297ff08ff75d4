/// A sweep cell's runs: every point of its grid (the product of the listed values, the first option varying slowest)
/// with every seed, each an ordinary train cell whose id is `SWEEP[name=value,…,seed=N]`.
///
/// A member has the same options, and so the same cache key, as a train cell written out with them; adding a seed or a
/// value to the grid leaves the other members' keys alone.
struct SweepPlan {
    static let mostRuns = 10_000

    let sweep: Cell
    /// The grid's option names in the order written.
    let parameters: [String]
    /// Each parameter's values, in the same order.
    let values: [[String]]
    /// Options every run shares.
    let base: [String: CellValue]
    let seeds: [Int]
    /// Every combination of values (one per parameter), first parameter slowest.
    let points: [[String]]
    /// The names the page shows for grid values (`names:`), by value.
    let displayNames: [String: String]

    init(_ sweep: Cell, file: String) throws(ReportError) {
        self.sweep = sweep
        func fail(_ option: String, _ detail: String) -> ReportError {
            ReportError(file: file, line: sweep.optionLines[option] ?? sweep.line, "sweep cell option \(option): \(detail)")
        }
        guard case .list(let names)? = sweep.options["grid"], !names.isEmpty else {
            throw ReportError(file: file, line: sweep.line, "a sweep cell needs the option grid (training options mapped to lists)")
        }
        parameters = names
        values = names.map { sweep.options["grid.\($0)"]?.listItems ?? [] }
        for (name, list) in zip(names, values) {
            if sweep.options["base.\(name)"] != nil { throw fail("grid.\(name)", "is also set in base; set it in one place") }
            if let odd = list.first(where: { $0.contains(where: ",[]=".contains) }) {
                throw fail("grid.\(name)", "\"\(odd)\" cannot be referred to: grid values may not contain , [ ] or =")
            }
        }
        var displayNames: [String: String] = [:]
        for (key, value) in sweep.options where key.hasPrefix("names.") {
            let gridValue = String(key.dropFirst(6))
            guard values.contains(where: { $0.contains(gridValue) }) else {
                throw fail(key, "\"\(gridValue)\" is not a value of the grid (values: \(values.joined().joined(separator: ", ")))")
            }
            displayNames[gridValue] = value.description
        }
        self.displayNames = displayNames
        var base: [String: CellValue] = [:]
        for (key, value) in sweep.options where key.hasPrefix("base.") { base[String(key.dropFirst(5))] = value }
        self.base = base
        seeds = try Self.seeds(sweep.options["seeds"]) { detail throws(ReportError) in throw fail("seeds", detail) }
        var points: [[String]] = [[]]
        for list in values { points = points.flatMap { point in list.map { point + [$0] } } }
        self.points = points
        guard points.count * seeds.count <= Self.mostRuns else {
            throw fail("grid", "makes \(points.count) points × \(seeds.count) seeds; a sweep may train at most \(Self.mostRuns) runs")
        }
    }

    /// `seeds: N` means seeds 1 to N; a list gives them one by one. Three when absent.
    private static func seeds(_ value: CellValue?, fail: (String) throws(ReportError) -> Never) throws(ReportError) -> [Int] {
        switch value {
        case nil: return [1, 2, 3]
        case .integer(let count)?:
            guard (1...1000).contains(count) else { try fail("must be a count from 1 to 1000 or a list of seeds, got \(count)") }
            return Array(1...count)
        case .list(let items)?:
            let seeds = items.compactMap { Int($0) }.filter { $0 >= 0 }
            guard !seeds.isEmpty, seeds.count == items.count, Set(seeds).count == seeds.count else {
                try fail("must list distinct whole numbers from 0, got [\(items.joined(separator: ", "))]")
            }
            return seeds
        case let other?: try fail("must be a count from 1 to 1000 or a list of seeds, got \(other)")
        }
    }

    /// The id of the run at `point` with `seed`: `SWEEP[a=1,b=2,seed=N]`.
    func memberID(_ point: [String], seed: Int) -> String {
        sweep.id + "[" + settings(point) + ",seed=\(seed)]"
    }

    /// What the page shows for a grid value: its name under `names:`, else the value.
    func shown(_ value: String) -> String { displayNames[value] ?? value }

    /// What the page shows for option `index` set to `value` beside other options: its name under `names:` alone,
    /// else `option=value`.
    func shownSetting(_ index: Int, _ value: String) -> String {
        displayNames[value] ?? "\(parameters[index])=\(value)"
    }

    /// How a grid point's values are named in the sweep's output and in prose: `[a=1,b=2]`, options in grid order.
    func pointName(_ point: [String]) -> String { "[" + settings(point) + "]" }

    /// `a=1,b=2`: each swept option with its value at `point`.
    private func settings(_ point: [String]) -> String {
        zip(parameters, point).map { "\($0)=\($1)" }.joined(separator: ",")
    }

    /// Every run as a train cell, point by point, seeds within a point.
    var members: [Cell] {
        points.flatMap { point in seeds.map { member(point, seed: $0) } }
    }

    func member(_ point: [String], seed: Int) -> Cell {
        var options = base, lines: [String: Int] = [:]
        for name in base.keys { lines[name] = sweep.optionLines["base.\(name)"] }
        for (name, value) in zip(parameters, point) {
            options[name] = CellValue(scalar: value)
            lines[name] = sweep.optionLines["grid.\(name)"]
        }
        options["seed"] = .integer(seed)
        lines["seed"] = sweep.optionLines["seeds"] ?? sweep.line
        return Cell(kind: .train, line: sweep.line, id: memberID(point, seed: seed), options: options, optionLines: lines,
                    parameters: sweep.parameters, caption: nil, label: nil, echo: false, source: "")
    }
}
