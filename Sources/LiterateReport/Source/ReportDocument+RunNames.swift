extension ReportDocument {
    /// How the page names run `id` in tables, legends and captions: its cell's `name:` when it has one; for a sweep's run
    /// (`SWEEP[a=1,b=2,seed=N]`), its settings with the sweep's `names:` ("1 hidden layer, batch_size=32, seed 1");
    /// else the id.
    public func shownName(ofRun id: String) -> String {
        if let cell = cells.first(where: { $0.id == id }), let name = cell.displayName { return name }
        guard let open = id.firstIndex(of: "["), id.hasSuffix("]"),
              let plan = sweepPlans[String(id[..<open])] else { return id }
        let settings = id[id.index(after: open)..<id.index(before: id.endIndex)].split(separator: ",").map { setting in
            let parts = setting.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { return String(setting) }
            if parts[0] == "seed" { return "seed \(parts[1])" }
            return plan.parameters.firstIndex(of: parts[0]).map { plan.shownSetting($0, parts[1]) } ?? String(setting)
        }
        return settings.joined(separator: ", ")
    }
}
