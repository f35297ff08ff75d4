import DatasetCatalog
import FileIO
import Foundation
import Tensors

/// A task file: the training runs a render hands to an executor, with what `digitbook render-task FILE INDEX` needs to
/// compute entry INDEX anywhere the files are shared (the report, its parameters, the dataset, the cache, the threads).
public struct RenderTasks: Codable, Sendable {
    /// One cache entry to compute: the run's cell id (a train cell or a sweep's `SWEEP[…]`) and the key it must have.
    public struct Entry: Codable, Sendable, Equatable {
        public let cell: String
        public let key: String
        /// Compute it even when the entry exists (`--refresh`).
        public let refresh: Bool
    }

    public var format = RenderTasks.currentFormat
    public let version: String
    /// The report source, absolute.
    public let source: String
    /// Every report parameter's value, as `-P` would set it.
    public let parameters: [String: String]
    public let manifest: DatasetManifest
    public let dataDirectory: String
    public let cacheDirectory: String
    public let allowedOutside: [String]
    public let threads: Int
    /// The OpenBLAS kernels of the machine that submitted the tasks (a run's bits depend on them).
    public let blasCore: String
    public let entries: [Entry]

    init(settings: ReportRenderer.Settings, document: ReportDocument, cache: ResultCache, entries: [Entry]) {
        version = settings.version
        source = Self.absolute(document.file)
        parameters = Dictionary(document.frontMatter.parameters.map { ($0.name, $0.value.description) }) { first, _ in first }
        manifest = settings.manifest
        dataDirectory = Self.absolute(settings.dataDirectory)
        cacheDirectory = Self.absolute(cache.directory)
        allowedOutside = settings.allowedOutside.map(Self.absolute)
        threads = settings.threads
        blasCore = BLAS.coreName
        self.entries = entries
    }

    func write(to file: String) throws {
        let folder = (file as NSString).deletingLastPathComponent
        do { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) } catch {
            throw FileError(path: folder, kind: .unwritable, detail: "cannot create the task folder: \(error.localizedDescription)")
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try AtomicFile.write(try encoder.encode(self).map { $0 }, to: file)
    }

    /// Reads a task file; an error names the file and what is wrong.
    public static func read(_ file: String) throws -> RenderTasks {
        let bytes = try FileBytes.read(file, limit: 256 << 20)
        // The format first: a file from another digitbook is named as such, not as a missing field.
        if let format = try? JSONDecoder().decode(Format.self, from: Data(bytes)).format, format != Self.currentFormat {
            throw FileError(path: file, kind: .unreadable, detail: "is a task file of format \(format); this digitbook reads "
                + "format \(Self.currentFormat) only: run the tasks with the digitbook that wrote them")
        }
        do {
            return try JSONDecoder().decode(RenderTasks.self, from: Data(bytes))
        } catch {
            throw FileError(path: file, kind: .unreadable, detail: "is not a Digitbook task file: \(error)")
        }
    }

    /// A task file's format number alone.
    private struct Format: Decodable {
        let format: Int
    }

    /// The format this digitbook writes and reads.
    static let currentFormat = 1

    static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
