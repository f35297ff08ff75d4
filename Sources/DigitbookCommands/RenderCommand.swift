import ArgumentParser
import DatasetCatalog
import FileIO
import Foundation
import LiterateReport
import NumberFormats
import PrintedPages
import Runs

/// `digitbook render`: runs a literate report's cells (cached) and writes one static HTML file.
struct RenderCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render a report (Markdown with digitbook cells) to one self-contained HTML file.",
        discussion: """
            Cells run in document order; each result is cached (in _cache beside the source) under a key made of what \
            determines it, so editing prose or captions re-renders without training. Writes OUT/NAME.html and every \
            figure as PNG and SVG in OUT/NAME_files. A failed cell is shown in its place and the exit code is 1. \
            The source format is described in Reports/README.md.
            """)

    @OptionGroup var catalogOptions: CatalogOptions

    @OptionGroup var report: ReportSourceOptions

    @Option(name: .long, help: ArgumentHelp("The output folder (default: _site beside the source).", valueName: "dir"))
    var out: String?

    @Option(name: .long, help: ArgumentHelp("What to write: html, pdf, or html,pdf (default: the front matter's format, "
                                            + "else html).", valueName: "formats"))
    var to: String?

    @OptionGroup var paper: PaperOption

    @Flag(name: .long, help: "Link figures as files in NAME_files instead of embedding them in the HTML.")
    var assets = false

    @Flag(name: .long, help: "Compute every cell afresh, without reading or writing the cache.")
    var noCache = false

    @Flag(name: .long, help: """
        Fail (exit 1) on any warning about the prose: a figure typed by hand that no computed value matches, a reference \
        to no figure, left-out HTML, a refused image.
        """)
    var strict = false

    @Option(name: .long, help: ArgumentHelp("Compute this cell again (and the cells that use it) even when cached; repeatable.",
        valueName: "cell-id"))
    var refresh: [String] = []

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(
        "Threads that share each training batch (default: all cores, divided among --jobs; --slurm-cpus with Slurm); runs depend "
            + "on it.", valueName: "n"))
    var threads: Int?

    @OptionGroup var execution: ExecutionOptions

    /// The formats `--to` names, if given.
    var named: Set<String>? { to.map { Set($0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }) } }

    func validate() throws {
        if let to, let named, named.isEmpty || !named.isSubset(of: FrontMatter.formats) {
            throw ValidationError("--to takes html, pdf or html,pdf, got \(to)")
        }
    }

    func run() async throws {
        let start = Date()
        let overrides = try report.overrides()
        let source = report.source
        let plan = try execution.plan(threads: threads, noCache: noCache)
        let threads = plan.threads
        guard TrainingConfiguration.Limits.threads.contains(threads) else {
            let most = TrainingConfiguration.Limits.threads.upperBound
            throw ValidationError("--threads must be a whole number from 1 to \(most), got \(threads)")
        }
        let document = try ReportDocument(contentsOf: source, overrides: overrides)
        let formats = named ?? (document.frontMatter.formats.isEmpty ? ["html"] : document.frontMatter.formats)
        if let unknown = document.unknownCells(refresh).first {
            throw ValidationError("--refresh \(unknown): \(source) has no cell with that id (ids: "
                + "\(document.cells.map(\.id).joined(separator: ", ")))")
        }
        let outputs = ReportOutputs(source: source, out: out, cache: report.cache, noCache: noCache)
        try outputs.check()
        if execution.executor == .slurm, let cacheDirectory = outputs.cacheDirectory {
            try ExecutionOptions.checkShared(cache: cacheDirectory)
        }
        let sourceDirectory = outputs.sourceDirectory
        let (manifest, dataDirectory) = try await report.dataset(for: document, sourceDirectory: sourceDirectory,
                                                                 catalog: try catalogOptions.load())

        var settings = ReportRenderer.Settings(
            manifest: manifest, dataDirectory: dataDirectory,
            cacheDirectory: outputs.cacheDirectory,
            refresh: Set(refresh), threads: threads, version: BuildIdentity.version, assetFolder: outputs.assetFolder,
            selfContained: !assets)
        settings.allowedOutside = report.allowOutside
        settings.printable = formats.contains("pdf")
        settings.executor = plan.executor
        settings.taskCommand = [execution.taskExecutable ?? Self.ownExecutable,
                                RenderTaskCommand.configuration.commandName ?? "render-task"]
        let progress = RenderProgress()
        let rendered = try ReportRenderer(settings: settings).render(document, sourceDirectory: sourceDirectory, events: progress.handle)
        let paperSize = paper.resolved(fallback: document.frontMatter.paper.flatMap(PDFWriter.Paper.init(rawValue:)))
        try outputs.write(rendered, html: formats.contains("html"))
        if formats.contains("pdf") {
            let title = document.frontMatter.title
            let pdf = try PDFWriter(title: title, paper: paperSize, language: document.frontMatter.language ?? "en")
                .pdf(rendered.printBlocks)
            let path = (outputs.directory as NSString).appendingPathComponent(outputs.name + ".pdf")
            try AtomicFile.write(pdf, to: path)
            Console.line("wrote \(path) (\(pdf.count.thousandsSeparated) bytes)")
        }

        for warning in rendered.datasetWarnings + rendered.warnings { Console.warn(warning) }
        let cached = rendered.records.filter(\.cached).count, failed = rendered.failures.count
        let page = formats.contains("html") ? "\(outputs.htmlPath), " : ""
        Console.line("wrote " + page + "\(outputs.name).render.json and \(rendered.files.count) figure files in "
            + "\(outputs.assetFolder): \(ValueFormat.counted(rendered.records.count, "cell")), \(cached) from the cache, "
            + "\(rendered.records.count - cached - failed) computed, \(failed) failed; "
            + String(format: "%.2f s", Date().timeIntervalSince(start)))
        let strictFailure = strict && !rendered.warnings.isEmpty
        guard rendered.failures.isEmpty, rendered.errors.isEmpty, !strictFailure else {
            for (cell, error) in rendered.failures {
                Console.error("error: \(cell.kind.rawValue) cell \(cell.id) failed: \(error.description)")
            }
            for error in rendered.errors { Console.error("error: \(error.description)") }
            if strictFailure { Console.error("error: --strict: \(rendered.warnings.count) warning(s) about the prose") }
            throw ExitCode.failure
        }
    }

    /// This program's path, for the tasks an executor runs.
    static var ownExecutable: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? Bundle.main.executablePath
            ?? CommandLine.arguments[0]
    }
}
