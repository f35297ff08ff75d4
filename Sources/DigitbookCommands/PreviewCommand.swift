import ArgumentParser
import FileIO
import Foundation
import LiterateReport
import Preview
import Runs

/// `digitbook preview`: a report served on loopback, rendered again whenever its source or a file it reads changes.
struct PreviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: "Serve a report on this machine while you write it; the page follows every save.",
        discussion: """
            Renders the report as digitbook render does (the same cache, so only cells whose inputs changed are computed) \
            and serves it at http://127.0.0.1:PORT/. Each time the source, or an image or model file it reads, changes, \
            it renders again and the page reloads in the browser, keeping its place. While cells compute, the page says \
            which; a source that does not parse lists its errors with their lines above the last good page, and a \
            failing cell shows its error in its place. Nothing is written beside the source except the cache. Ctrl-C \
            stops it.
            """)

    @OptionGroup var catalogOptions: CatalogOptions

    @OptionGroup var report: ReportSourceOptions

    @Option(name: .long, parsing: .unconditional, help: "The port to listen on, on 127.0.0.1 only (0: any free port).")
    var port = 4848

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(
        "Threads that share each training batch (default: all cores); runs depend on it, as with render.", valueName: "n"))
    var threads: Int?

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be from 0 to 65535, got \(port)") }
        if let threads, !TrainingConfiguration.Limits.threads.contains(threads) {
            let most = TrainingConfiguration.Limits.threads.upperBound
            throw ValidationError("--threads must be a whole number from 1 to \(most), got \(threads)")
        }
    }

    func run() async throws {
        let overrides = try report.overrides()
        let source = report.source
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: source, isDirectory: &isDirectory) else {
            throw FileError(path: source, kind: .notFound, detail: "no such report source")
        }
        guard !isDirectory.boolValue else {
            throw FileError(path: source, kind: .isDirectory, detail: "is a folder; give the report's Markdown file")
        }
        let outputs = ReportOutputs(source: source, out: nil, cache: report.cache, noCache: false)
        if let cacheDirectory = outputs.cacheDirectory { try WritableFolder.check(cacheDirectory, role: "the cache folder (--cache)") }
        let catalog = try catalogOptions.load()
        let sourceDirectory = outputs.sourceDirectory
        // Fetch the dataset now if the source as it stands needs it; a later edit naming another one says how to get it.
        if let document = try? ReportDocument(contentsOf: source, overrides: overrides) {
            _ = try await report.dataset(for: document, sourceDirectory: sourceDirectory, catalog: catalog)
        }
        let threads = threads ?? ProcessInfo.processInfo.activeProcessorCount
        let version = BuildIdentity.version
        let report = report
        let session = PreviewSession(source: source, overrides: overrides, log: { Console.line($0) }) { document in
            let (manifest, directory, missing) = try report.datasetLocation(for: document, sourceDirectory: sourceDirectory,
                                                                             catalog: catalog)
            if missing { throw MissingDataset(name: manifest.name, directory: directory) }
            var settings = ReportRenderer.Settings(manifest: manifest, dataDirectory: directory, cacheDirectory: outputs.cacheDirectory,
                                                   threads: threads, version: version, assetFolder: outputs.assetFolder)
            settings.allowedOutside = report.allowOutside
            return settings
        }
        try await PreviewServer(session: session, port: port).run { address in
            Console.line("previewing \(source) at \(address) (Ctrl-C stops)")
        }
    }
}

/// A dataset the preview needs and does not have; it is downloaded only when the preview starts.
struct MissingDataset: Error, CustomStringConvertible {
    let name: String
    let directory: String

    var description: String {
        "\(name) is not in \(directory): run digitbook datasets fetch \(name), or restart the preview with --data DIR"
    }
}
