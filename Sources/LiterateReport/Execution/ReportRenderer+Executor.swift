import Executors
import Foundation

/// The training runs a render handed to its executor: those computed, and why the others failed, by cache key.
struct HandedOver {
    var computed: Set<String> = []
    var failed: [String: String] = [:]
}

extension ReportRenderer {
    /// Every train cell and sweep run that must be computed, each once by key, in document order.
    func missingRuns(_ document: ReportDocument, context: ReportContext, keys: CellKey, cache: ResultCache,
                     refresh: Set<String>) -> [RenderTasks.Entry] {
        var entries: [RenderTasks.Entry] = [], seen: Set<String> = []
        let plans = document.sweepPlans
        for cell in document.cells {
            let runs = cell.kind == .train ? [cell] : cell.kind == .sweep ? plans[cell.id]?.members ?? [] : []
            for run in runs {
                guard let key = try? keys.key(for: run, runner: TrainCell(), context: context, runKeys: []) else { continue }
                let again = refresh.contains(cell.id)
                guard again || cache.lookup(key) == nil, seen.insert(key).inserted else { continue }
                entries.append(.init(cell: run.id, key: key, refresh: again))
            }
        }
        return entries
    }

    /// Hands the missing training runs to the executor, if there is one, and waits for them: one task per cache
    /// entry, described in a task file in the cache folder. Throws when the executor cannot run them at all.
    func handOver(_ document: ReportDocument, context: ReportContext, keys: CellKey, cache: ResultCache, refresh: Set<String>,
                  events: (Event) -> Void) throws -> HandedOver {
        guard let executor = settings.executor else { return HandedOver() }
        let entries = missingRuns(document, context: context, keys: keys, cache: cache, refresh: refresh)
        guard !entries.isEmpty else { return HandedOver() }
        let name = "digitbook-" + ((document.file as NSString).lastPathComponent as NSString).deletingPathExtension
        let folder = (cache.directory as NSString).appendingPathComponent(".tasks")
        let stamp = "\(name)-\(Int(Date().timeIntervalSince1970))-\(getpid())"
        let file = (folder as NSString).appendingPathComponent(stamp + ".json")
        try RenderTasks(settings: settings, document: document, cache: cache, entries: entries).write(to: file)
        events(.executor("\(entries.count) training run\(entries.count == 1 ? "" : "s") to compute: \(executor.summary)"))
        let batch = TaskBatch(command: settings.taskCommand + [file], count: entries.count, logDirectory: folder, name: stamp)
        let outcomes = try executor.run(batch) { events(.executor($0)) }
        var handed = HandedOver()
        for (index, entry) in entries.enumerated() {
            if cache.lookup(entry.key) != nil {
                handed.computed.insert(entry.key)
                continue
            }
            let outcome = outcomes.first { $0.index == index }
            let detail = outcome?.detail ?? "task \(index) was not run"
            let last = outcome?.lastLogLine.map { "; its log ends: \($0)" } ?? ""
            handed.failed[entry.key] = "\(detail) (task \(index) of \(file), log \(outcome?.log ?? "none"))\(last)"
        }
        return handed
    }
}
