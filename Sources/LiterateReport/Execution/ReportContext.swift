import DatasetCatalog
import Foundation
import Localization
import Runs
import Training

/// What cells share while a report runs: the document, the dataset (loaded only when a cell needs it) and the
/// training runs finished so far.
final class ReportContext {
    let document: ReportDocument
    /// The files the report may read; relative paths in cells (images) start in its folder.
    let paths: ReadablePaths
    let manifest: DatasetManifest
    let dataDirectory: String
    /// Threads that share each training batch and each inference pass.
    let threads: Int
    let version: String
    /// Receives training progress: the train cell's id and the event.
    let trainingEvents: (String, TrainingEvent) -> Void

    private var loaded: LocalDataset?
    /// Finished train cells by id; a train cell that failed maps to its error message.
    var runs: [String: Result<TrainedRun, CellFailure>] = [:]

    init(document: ReportDocument, paths: ReadablePaths, manifest: DatasetManifest, dataDirectory: String, threads: Int, version: String,
         trainingEvents: @escaping (String, TrainingEvent) -> Void) {
        self.document = document
        self.paths = paths
        self.manifest = manifest
        self.dataDirectory = dataDirectory
        self.threads = threads
        self.version = version
        self.trainingEvents = trainingEvents
    }

    /// The dataset, read and checked the first time a cell asks for it.
    func dataset() throws -> LocalDataset {
        if let loaded { return loaded }
        let dataset = try LocalDataset(manifest, directory: dataDirectory)
        loaded = dataset
        return dataset
    }

    /// The finished run `id`; an error naming the failed train cell if it failed.
    func run(_ id: String) throws(CellFailure) -> TrainedRun {
        switch runs[id] {
        case .success(let run)?: return run
        case .failure(let failure)?: throw CellFailure("uses run \"\(id)\", whose train cell failed: \(failure.message)")
        case nil: throw CellFailure("uses run \"\(id)\", which has not been trained")
        }
    }

    /// A path from a cell, relative to the report's folder unless absolute; a file outside the folders the report may
    /// read is an error.
    func resolve(_ path: String) throws(CellFailure) -> String {
        try paths.resolve(path).get()
    }

    /// The report's front matter.
    var frontMatter: FrontMatter { document.frontMatter }

    /// What the cells say, in the report's language (its front matter's `lang`, English by default).
    var words: LocalWords { LocalWords(language: document.frontMatter.language ?? "en") }
    var classNames: [String] { manifest.classNames }
}

/// Why a cell produced no result, as shown in its place and in the list of failed cells.
struct CellFailure: Error, CustomStringConvertible {
    let message: String

    init(_ message: String) {
        self.message = message
    }

    var description: String { message }
}
