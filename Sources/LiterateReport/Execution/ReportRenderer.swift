import DatasetCatalog
import Executors
import FileIO
import Foundation
import Localization
import Pages
import Runs
import Training
import Tensors

/// Runs a report's cells in document order, each from the cache when its key is there, and assembles the HTML.
public struct ReportRenderer {
    /// Where the data and the cache are and how the page is written.
    public struct Settings: Sendable {
        public var manifest: DatasetManifest
        public var dataDirectory: String
        /// The cache folder; nil computes every cell afresh in a temporary folder, removed afterwards.
        public var cacheDirectory: String?
        /// Cells to compute again even when cached, with the cells that use them.
        public var refresh: Set<String>
        public var threads: Int
        public var version: String
        /// The folder, beside the HTML, that holds every figure's PNG and SVG (such as `seed-cnn_files`).
        public var assetFolder: String
        /// true: one self-contained HTML file (SVG inline, PNG as data URIs); false: the HTML links the files.
        public var selfContained: Bool
        /// Folders outside the report's own that its cells and prose may read files from (`--allow-outside`).
        public var allowedOutside: [String] = []
        /// Where missing training runs are computed before the cells run; nil trains them in this process, in turn.
        public var executor: (any TaskExecutor)?
        /// The program and arguments that compute one entry of a task file (`digitbook render-task`), for the executor.
        public var taskCommand: [String] = []
        /// Asked before each cell; false stops the render with ``RenderInterrupted`` (a preview whose source changed
        /// meanwhile). The cells finished so far stay in the cache.
        public var shouldContinue: @Sendable () -> Bool = { true }
        /// Whether the render also gives its blocks for a PDF (`Rendered.printBlocks`); an HTML-only render skips that
        /// second assembly.
        public var printable = false

        public init(manifest: DatasetManifest, dataDirectory: String, cacheDirectory: String?, refresh: Set<String> = [], threads: Int,
                    version: String, assetFolder: String, selfContained: Bool = true) {
            self.manifest = manifest
            self.dataDirectory = dataDirectory
            self.cacheDirectory = cacheDirectory
            self.refresh = refresh
            self.threads = max(1, threads)
            self.version = version
            self.assetFolder = assetFolder
            self.selfContained = selfContained
        }
    }

    /// What happens while a report renders, for the terminal.
    public enum Event {
        case cellStarted(index: Int, count: Int, cell: Cell, cached: Bool)
        case training(cellID: String, event: TrainingEvent)
        case cellFinished(cell: Cell, seconds: Double, headline: String, failure: ReportError?)
        /// The executor's progress, such as "Slurm job 12: 3 of 18 finished, 2 running, 13 waiting".
        case executor(String)
        /// The next cell is run `number` of a sweep's `total` (then `cellStarted` follows for it).
        case sweepRun(number: Int, total: Int)
    }

    /// The rendered report.
    public struct Rendered {
        public let html: String
        /// Every figure as PNG and SVG, by its path under the output folder (`NAME_files/ID-FIGURE.svg`).
        public let files: [(path: String, bytes: [UInt8])]
        /// The cells that failed: id, line and message.
        /// Each failed cell with why, placed at its file and line.
        public let failures: [(cell: Cell, error: ReportError)]
        /// Prose that could not be rendered as written, such as a cross-reference to no label (`FILE:LINE: …`).
        public let warnings: [String]
        /// Prose that names a value no cell computed (`${mlp.acuracy}`): shown as `?${…}` in the page, and a failed render.
        public let errors: [ReportError]
        /// How each cell went: its key, whether it came from the cache, and how long computing it took.
        public let records: [CellRecord]
        /// The same as NAME.render.json's text, with the processor: what the page leaves out.
        public let log: String
        /// Every file the cells and the prose read (images, model and predictions files), besides the source.
        public let filesRead: [String]
        /// The report as blocks of the document model, its figures as PNG: what a PDF prints (empty unless the settings
        /// ask for them with `printable`).
        public let printBlocks: [DocumentBlock]
        /// The dataset's files that are not the published ones (a digest that differs, an uncompressed copy), said once
        /// per render; they do not make `--strict` fail, which is about the prose.
        public let datasetWarnings: [String]
    }

    /// One cell's account in the provenance appendix.
    public struct CellRecord: Sendable {
        public let cell: Cell
        public let key: String?
        public let cached: Bool
        public let seconds: Double?
        public let failed: Bool
    }

    public let settings: Settings

    public init(settings: Settings) {
        self.settings = settings
    }

    /// Renders `document` (whose cells resolve relative paths from `sourceDirectory`), reporting progress to `events`.
    /// Throws only when nothing can render (the dataset cannot be read); a failing cell is shown in its place.
    public func render(_ document: ReportDocument, sourceDirectory: String, events: (Event) -> Void = { _ in }) throws -> Rendered {
        let paths = ReadablePaths(sourceDirectory: sourceDirectory, allowedOutside: settings.allowedOutside)
        let temporary = settings.cacheDirectory == nil
            ? (NSTemporaryDirectory() as NSString).appendingPathComponent("digitbook-render-\(getpid())-\(UUID().uuidString)") : nil
        defer { if let temporary { try? FileManager.default.removeItem(atPath: temporary) } }
        let cache = ResultCache(directory: settings.cacheDirectory ?? temporary ?? ".")
        cache.removeLeftovers()
        let (keys, digests) = try cellKeys(for: document)

        var outcomes: [CellOutcome] = [], memberOutcomes: [CellOutcome] = []
        try withoutActuallyEscaping(events) { events in
            let context = ReportContext(document: document, paths: paths, manifest: settings.manifest,
                                        dataDirectory: settings.dataDirectory, threads: settings.threads, version: settings.version,
                                        trainingEvents: { events(.training(cellID: $0, event: $1)) })
            let refresh = Self.closure(of: settings.refresh, in: document.cells)
            let handed = try handOver(document, context: context, keys: keys, cache: cache, refresh: refresh, events: events)
            var runKeys: [String: String] = [:]
            func register(_ cell: Cell, _ outcome: CellOutcome) {
                if let key = outcome.key, outcome.output != nil {
                    runKeys[cell.id] = key
                    context.runs[cell.id] = .success(TrainedRun(id: cell.id, directory: cache.entry(key)))
                } else {
                    context.runs[cell.id] = .failure(CellFailure(outcome.failure?.description ?? "failed"))
                }
            }
            let plans = document.sweepPlans
            for (index, cell) in document.cells.enumerated() {
                guard settings.shouldContinue() else { throw RenderInterrupted(cellsDone: index) }
                // A sweep's runs are train cells of their own, computed (or found in the cache) just before it.
                let members = cell.kind == .sweep ? plans[cell.id]?.members ?? [] : []
                for (number, member) in members.enumerated() {
                    guard settings.shouldContinue() else { throw RenderInterrupted(cellsDone: index) }
                    events(.sweepRun(number: number + 1, total: members.count))
                    let outcome = Self.runCell(member, index: index, document: document, context: context, keys: keys, runKeys: runKeys,
                                               cache: cache, refresh: refresh.contains(cell.id), handed: handed, events: events)
                    register(member, outcome)
                    memberOutcomes.append(outcome)
                }
                let outcome = Self.runCell(cell, index: index, document: document, context: context, keys: keys, runKeys: runKeys,
                                           cache: cache, refresh: refresh.contains(cell.id), handed: handed, events: events)
                if cell.kind.isRun { register(cell, outcome) }
                outcomes.append(outcome)
            }
        }
        let files = outcomes.flatMap { outcome -> [(path: String, bytes: [UInt8])] in
            guard let output = outcome.output, let key = outcome.key else { return [] }
            return output.blocks.filter { $0.kind == .figure }.flatMap { block in
                ["png", "svg"].compactMap { type in
                    (try? FileBytes.read((cache.entry(key) as NSString).appendingPathComponent("\(block.name).\(type)"))).map {
                        (path: ReportAssembler.figureStem(settings.assetFolder, outcome.cell, block) + ".\(type)", bytes: $0)
                    }
                }
            }
        }
        let provenance = Provenance(version: settings.version, file: (document.file as NSString).lastPathComponent,
            frontMatter: document.frontMatter,
                                    manifest: settings.manifest, digests: digests.map { ($0.name, $0.sha256) }, threads: settings.threads,
                                    blasCore: BLAS.coreName,
                                    machine: Machine.current)
        let figureBytes = Dictionary(files.map { ($0.path, $0.bytes) }) { a, _ in a }
        func assembler(selfContained: Bool) -> ReportAssembler {
            ReportAssembler(document: document, outcomes: outcomes, paths: paths, files: figureBytes, assetFolder: settings.assetFolder,
                            selfContained: selfContained, provenance: provenance)
        }
        let assembled = assembler(selfContained: settings.selfContained).html()
        // A PDF takes charts as SVG (drawn as vectors) and pictures as PNG, both in the blocks; only a render asked for
        // one assembles the page a second time.
        let printBlocks = settings.printable ? assembler(selfContained: true).blocks() : []
        let records = (memberOutcomes + outcomes).map { CellRecord(cell: $0.cell, key: $0.key, cached: $0.cached,
                                                                   seconds: $0.output?.seconds,
                                                failed: $0.failure != nil) }
        var warnings = assembled.warnings
        if let cacheDirectory = settings.cacheDirectory {
            do {
                try CacheUse.record(source: document.file, keys: records.compactMap(\.key), cache: cacheDirectory)
            } catch {
                warnings.append("\(error.description) (digitbook cache will count this report's entries as unused)")
            }
        }
        return Rendered(html: assembled.html, files: files,
            failures: outcomes.compactMap { outcome in outcome.failure.map { (outcome.cell, $0) } },
                        warnings: warnings, errors: assembled.errors,
                        records: records,
                        log: RenderLog.json(records: records, source: (document.file as NSString).lastPathComponent,
                                            version: settings.version, machine: Machine.current),
                        filesRead: paths.reads.all, printBlocks: printBlocks, datasetWarnings: digests.compactMap(\.warning))
    }

    /// The keys of `document`'s cells (the dataset's digests are read when a cell needs the dataset), and the digests.
    func cellKeys(for document: ReportDocument) throws -> (CellKey, [(name: String, sha256: String, warning: String?)]) {
        let digests = document.needsDataset ? try LocalDataset.digests(of: settings.manifest, in: settings.dataDirectory) : []
        var keys = CellKey(version: settings.version, datasetIdentity: settings.manifest.name + ":"
            + digests.map { $0.sha256 }.joined(separator: ","),
                           seed: document.frontMatter.seed, parameters: document.frontMatter.parameters)
        keys.language = LocalWords(language: document.frontMatter.language ?? "en").tag
        return (keys, digests)
    }

    /// `ids` and every cell that uses a run among them, directly or through another.
    static func closure(of ids: Set<String>, in cells: [Cell]) -> Set<String> {
        var result = ids
        for cell in cells where cell.runsUsed.contains(where: { result.contains($0) || result.contains(SweepReference.sweepID(of: $0)) }) {
            result.insert(cell.id)
        }
        return result
    }
}

/// A render stopped because ``ReportRenderer/Settings/shouldContinue`` said so, before cell `cellsDone + 1`.
public struct RenderInterrupted: Error, CustomStringConvertible, Sendable {
    public let cellsDone: Int

    public init(cellsDone: Int) {
        self.cellsDone = cellsDone
    }

    public var description: String { "the render stopped after \(cellsDone) cells, as asked" }
}

/// What became of one cell: its output (cached or new) or why it failed.
struct CellOutcome {
    let cell: Cell
    let key: String?
    let output: CellOutput?
    let cached: Bool
    let failure: ReportError?
}
