import ArgumentParser
import FileIO
import Foundation
import IDX
import NumberFormats
import Server

/// `digitbook serve`: the upload-and-predict page and its JSON API, for the runs given.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the page that reads a handwritten digit from a photo or a drawing, and its JSON API.",
        discussion: "Uploads are never written to disk unless --keep-uploads names a folder. Ctrl-C stops the server "
            + "once the requests in flight are answered.")

    @Option(name: .long, help: ArgumentHelp("A run folder, or NAME=RUN_DIR; repeatable (the first is the default).", valueName: "run"))
    var run: [String]

    @Option(name: .long, help: ArgumentHelp(
        "Rendered reports to serve under /reports/ (default: Reports/_site if it exists).", valueName: "dir"))
    var reports: String?

    @Option(name: .long, help: "The address to listen on; 127.0.0.1 keeps the server to this machine.")
    var host = "127.0.0.1"

    @Option(name: .long, parsing: .unconditional, help: "The port to listen on.")
    var port = 8080

    @Option(name: .long, parsing: .unconditional, help: "The largest request accepted, in MB.")
    var maxUploadMb = 10

    @Option(name: .long, help: ArgumentHelp("Keep every upload in this folder, under random names.", valueName: "dir"))
    var keepUploads: String?

    func validate() throws {
        guard !run.isEmpty else { throw ValidationError("give at least one --run RUN_DIR") }
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be from 0 to 65535, got \(port)") }
        guard (1...1_024).contains(maxUploadMb) else {
            throw ValidationError("--max-upload-mb must be from 1 to 1024, got \(maxUploadMb)")
        }
    }

    func run() async throws {
        var settings = ServerConfiguration()
        settings.host = host
        settings.port = port
        settings.maxUploadBytes = maxUploadMb << 20
        if let keepUploads { try WritableFolder.check(keepUploads, role: "the uploads folder (--keep-uploads)") }
        if let keepUploads { try FileManager.default.createDirectory(atPath: keepUploads, withIntermediateDirectories: true) }
        settings.keepUploads = keepUploads
        settings.speech = SpeechSynthesizer.installed()
        settings.reports = reports ?? (FileManager.default.fileExists(atPath: "Reports/_site") ? "Reports/_site" : nil)
        let catalog = try RunCatalog(runs: try Self.namedRuns(run), threads: ProcessInfo.processInfo.activeProcessorCount)
        let server = try DigitbookServer(configuration: settings, catalog: catalog)
        for entry in catalog.entries {
            let model = entry.model
            let accuracy = model.record.finalTest.map { ", test accuracy " + NumberText.percent($0.accuracy) } ?? ""
            let parameters = model.parameterCount.thousandsSeparated
            Console.line("run \(entry.name): \(model.record.configuration.model), \(parameters) parameters\(accuracy)")
        }
        // Announced only once the port is bound: the real port for --port 0, and nothing when binding fails.
        try await server.run { address in Console.line("serving \(address) (Ctrl-C stops)") }
    }

    /// `DIR` or `NAME=DIR` pairs; a bare folder is named after its last path component. Names must be unique.
    static func namedRuns(_ values: [String]) throws -> [(name: String, path: String)] {
        var runs: [(name: String, path: String)] = []
        for value in values {
            let pair: (String, String)
            if let equals = value.firstIndex(of: "="), equals != value.startIndex {
                pair = (String(value[..<equals]), String(value[value.index(after: equals)...]))
            } else {
                pair = ((value as NSString).lastPathComponent, value)
            }
            guard !runs.contains(where: { $0.name == pair.0 }) else {
                throw ValidationError("two runs are named \(pair.0); write NAME=RUN_DIR")
            }
            runs.append(pair)
        }
        return runs
    }
}
