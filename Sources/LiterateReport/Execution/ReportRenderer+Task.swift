import FileIO
import Foundation
import Tensors

extension ReportRenderer {
    /// Computes entry `index` of the task file `file` into its cache folder (`digitbook render-task`): the run's
    /// cell is found again in the report and its key recomputed here, and a key that differs from the one the render
    /// expects (the report, dataset, threads or OpenBLAS kernels changed) is an error rather than a wrong entry.
    public static func computeTask(file: String, index: Int, version: String, events: (Event) -> Void = { _ in }) throws {
        let tasks = try RenderTasks.read(file)
        guard tasks.version == version else {
            throw TaskError("\(file): written by Digitbook \(tasks.version), but this is \(version); run the same build everywhere")
        }
        guard tasks.entries.indices.contains(index) else {
            throw TaskError("\(file): there is no task \(index) (the file holds \(tasks.entries.count))")
        }
        let entry = tasks.entries[index]
        let bytes = try FileBytes.read(tasks.source, limit: 16 << 20)
        let document = try ReportDocument(text: String(decoding: bytes, as: UTF8.self), file: tasks.source, overrides: tasks.parameters)
        let runs = document.cells.filter { $0.kind == .train } + document.sweepPlans.values.flatMap(\.members)
        guard let cell = runs.first(where: { $0.id == entry.cell }) else {
            throw TaskError("\(tasks.source) no longer has the training run \(entry.cell) (task \(index) of \(file))")
        }
        var settings = Settings(manifest: tasks.manifest, dataDirectory: tasks.dataDirectory, cacheDirectory: tasks.cacheDirectory,
                                threads: tasks.threads, version: version, assetFolder: "")
        settings.allowedOutside = tasks.allowedOutside
        let renderer = ReportRenderer(settings: settings)
        let (keys, _) = try renderer.cellKeys(for: document)
        let cache = ResultCache(directory: tasks.cacheDirectory)
        try withoutActuallyEscaping(events) { events in
            let context = ReportContext(document: document, paths: ReadablePaths(sourceDirectory: (tasks.source as NSString)
                .deletingLastPathComponent, allowedOutside: tasks.allowedOutside), manifest: tasks.manifest,
                dataDirectory: tasks.dataDirectory, threads: tasks.threads, version: version,
                trainingEvents: { events(.training(cellID: $0, event: $1)) })
            let key = try keys.key(for: cell, runner: TrainCell(), context: context, runKeys: [])
            guard key == entry.key else {
                throw TaskError("\(entry.cell): its cache key here is \(key), the render expected \(entry.key): the report, its "
                    + "dataset or its threads changed, or this machine's OpenBLAS kernels (\(BLAS.coreName)) differ from the "
                    + "submitting machine's (\(tasks.blasCore))")
            }
            let outcome = runCell(cell, index: index, document: document, context: context, keys: keys, runKeys: [:], cache: cache,
                                  refresh: entry.refresh, events: events)
            if let failure = outcome.failure { throw TaskError("\(entry.cell): \(failure.description)") }
        }
    }
}

/// Why a render task could not compute its entry.
public struct TaskError: Error, CustomStringConvertible {
    public let description: String

    init(_ description: String) {
        self.description = description
    }
}
