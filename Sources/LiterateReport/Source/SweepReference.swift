/// A reference to one run of a sweep, `SWEEP[name=value,…,seed=N]`, naming every grid option and the seed in any order.
struct SweepReference {
    let sweepID: String
    let settings: [String: String]

    /// The sweep a run id belongs to (the part before `[`), or the id itself.
    static func sweepID(of id: String) -> String { id.firstIndex(of: "[").map { String(id[..<$0]) } ?? id }

    /// nil when `text` has no `[`: a plain run id.
    init?(_ text: String) {
        guard let open = text.firstIndex(of: "["), text.hasSuffix("]") else { return nil }
        sweepID = String(text[..<open]).trimmingCharacters(in: .whitespaces)
        var settings: [String: String] = [:]
        for pair in text[text.index(after: open)..<text.index(before: text.endIndex)].split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            settings[parts.first ?? ""] = parts.count == 2 ? parts[1] : ""
        }
        self.settings = settings
    }

    /// The canonical id of the run this names in `plan`, or what is wrong with it.
    func resolve(in plan: SweepPlan) -> Result<String, ReferenceProblem> {
        let point: [String]
        switch gridPoint(in: plan, naming: plan.parameters + ["seed"], what: "every swept option and the seed") {
        case .success(let found): point = found
        case .failure(let problem): return .failure(problem)
        }
        guard let seed = Int(settings["seed"] ?? ""), plan.seeds.contains(seed) else {
            let seeds = plan.seeds.map(String.init).joined(separator: ", ")
            return .failure(.init("\(plan.sweep.id) has no seed=\(settings["seed"] ?? "") (its seeds: \(seeds))"))
        }
        return .success(plan.memberID(point, seed: seed))
    }

    /// The grid point this names in `plan` (every swept option and no seed: a point's values are over its seeds), with
    /// the values as the sweep writes them, or what is wrong with it.
    func point(in plan: SweepPlan) -> Result<[String], ReferenceProblem> {
        gridPoint(in: plan, naming: plan.parameters, what: "every swept option, and no seed")
    }

    /// The point named, when the settings name exactly `wanted` (`what` says so in words).
    private func gridPoint(in plan: SweepPlan, naming wanted: [String], what: String) -> Result<[String], ReferenceProblem> {
        if let unknown = settings.keys.sorted().first(where: { !wanted.contains($0) }) {
            if unknown == "seed" { return .failure(.init("a grid point's values are over all its seeds: leave out seed=")) }
            return .failure(.init("\(plan.sweep.id) sweeps no option \(unknown) (it sweeps \(wanted.joined(separator: ", ")))"))
        }
        if let missing = wanted.first(where: { settings[$0] == nil }) {
            return .failure(.init("name \(what): \(missing) is missing"))
        }
        var point: [String] = []
        for (name, values) in zip(plan.parameters, plan.values) {
            let given = settings[name] ?? ""
            guard let value = values.first(where: { $0 == given || CellValue(scalar: $0) == CellValue(scalar: given) }) else {
                return .failure(.init("\(plan.sweep.id) has no \(name)=\(given) (its values: \(values.joined(separator: ", ")))"))
            }
            point.append(value)
        }
        return .success(point)
    }

    struct ReferenceProblem: Error {
        let message: String
        init(_ message: String) { self.message = message }
    }
}
