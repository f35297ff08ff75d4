import Foundation

extension ReportRenderer {
    /// Runs one cell, or takes its result from the cache, reporting to `events`; never throws: a failure is an outcome.
    static func runCell(
        _ cell: Cell, index: Int, document: ReportDocument, context: ReportContext, keys: CellKey, runKeys: [String: String],
        cache: ResultCache, refresh: Bool, handed: HandedOver = HandedOver(), events: (Event) -> Void
    ) -> CellOutcome {
        let count = document.cells.count
        func failed(_ error: any Error, key: String?) -> CellOutcome {
            let problem = Self.problem(error, cell: cell, file: document.file)
            events(.cellStarted(index: index, count: count, cell: cell, cached: false))
            events(.cellFinished(cell: cell, seconds: 0, headline: "", failure: problem))
            return CellOutcome(cell: cell, key: key, output: nil, cached: false, failure: problem)
        }
        let runner = cell.kind.runner
        let key: String
        do {
            var used: [String] = []
            for id in cell.runsUsed {
                _ = try context.run(id)
                used.append(runKeys[id] ?? "")
            }
            key = try keys.key(for: cell, runner: runner, context: context, runKeys: used)
        } catch {
            return failed(error, key: nil)
        }
        if let failure = handed.failed[key] { return failed(CellFailure(failure), key: key) }
        if !refresh || handed.computed.contains(key), let output = cache.lookup(key) {
            events(.cellStarted(index: index, count: count, cell: cell, cached: true))
            events(.cellFinished(cell: cell, seconds: 0, headline: output.headline, failure: nil))
            return CellOutcome(cell: cell, key: key, output: output, cached: true, failure: nil)
        }
        events(.cellStarted(index: index, count: count, cell: cell, cached: false))
        let start = Date()
        var partial: String?
        do {
            let folder = try cache.begin(key)
            partial = folder
            let builder = CellOutputBuilder(directory: folder, words: context.words)
            try runner.run(cell, options: CellOptions(cell: cell, file: document.file), context: context, output: builder)
            let output = CellOutput(kind: cell.kind.rawValue, id: cell.id, key: key, digitbookVersion: context.version,
                                    seconds: Date().timeIntervalSince(start), blocks: builder.blocks, headline: builder.headline,
                                    values: builder.values)
            try cache.commit(folder, output)
            events(.cellFinished(cell: cell, seconds: output.seconds, headline: output.headline, failure: nil))
            return CellOutcome(cell: cell, key: key, output: output, cached: false, failure: nil)
        } catch {
            if let partial { cache.abandon(partial) }
            let problem = Self.problem(error, cell: cell, file: document.file)
            events(.cellFinished(cell: cell, seconds: Date().timeIntervalSince(start), headline: "", failure: problem))
            return CellOutcome(cell: cell, key: key, output: nil, cached: false, failure: problem)
        }
    }

    /// Why `cell` of the report `file` failed, with its place: a report error keeps its own (the option's line); any
    /// other error is placed at the cell's fence.
    static func problem(_ error: any Error, cell: Cell, file: String) -> ReportError {
        if let located = error as? ReportError { return located }
        return ReportError(file: file, line: cell.line, String(describing: error))
    }
}
