extension ReportDocument {
    /// The plan of every sweep cell, by id.
    var sweepPlans: [String: SweepPlan] {
        var plans: [String: SweepPlan] = [:]
        for cell in cells where cell.kind == .sweep { plans[cell.id] = try? SweepPlan(cell, file: file) }
        return plans
    }

    /// Checks every sweep and rewrites each `run`/`runs` reference to a sweep's run (`SWEEP[…]`, options in any order)
    /// to that run's canonical id; a reference to no earlier sweep, or to a value it lacks, is an error at its line.
    static func resolvingSweepReferences(in segments: [Segment], file: String, problems: inout ReportProblems) -> [Segment] {
        var plans: [String: SweepPlan] = [:]
        var resolved: [Segment] = []
        for segment in segments {
            guard case .cell(let cell) = segment else {
                resolved.append(segment)
                continue
            }
            let broken = problems.brokenCells
            let checked = problems.attempt { () throws(ReportError) -> Cell in
                var options = cell.options
                for option in ["run", "runs"] {
                    func canonical(_ text: String) throws(ReportError) -> String {
                        guard let reference = SweepReference(text) else { return text }
                        let line = cell.optionLines[option] ?? cell.line
                        guard let plan = plans[reference.sweepID] else {
                            if broken.contains(reference.sweepID) { return text }  // the sweep's own error is reported
                            throw ReportError(file: file, line: line, "\(cell.kind.rawValue) cell uses run \"\(text)\", "
                                + "but no earlier sweep cell has the id \(reference.sweepID)")
                        }
                        switch reference.resolve(in: plan) {
                        case .success(let id): return id
                        case .failure(let problem):
                            let kind = cell.kind.rawValue
                            throw ReportError(file: file, line: line, "\(kind) cell uses run \"\(text)\": \(problem.message)")
                        }
                    }
                    switch options[option] {
                    case .string(let text)?: options[option] = .string(try canonical(text))
                    case .list(let items)?:
                        var list: [String] = []
                        for item in items { list.append(try canonical(item)) }
                        options[option] = .list(list)
                    default: break
                    }
                }
                if cell.kind == .sweep { plans[cell.id] = try SweepPlan(cell, file: file) }
                var resolved = Cell(kind: cell.kind, line: cell.line, id: cell.id, options: options, optionLines: cell.optionLines,
                                    parameters: cell.parameters, caption: cell.caption, label: cell.label, echo: cell.echo,
                                    source: cell.source, output: cell.output)
                resolved.displayName = cell.displayName
                return resolved
            }
            if checked == nil {
                problems.reportedCells.insert(cell.line)
                if cell.kind == .sweep { problems.brokenCells.insert(cell.id) }
            }
            resolved.append(.cell(checked ?? cell))
        }
        return resolved
    }
}
