import FileIO
import Foundation
import Localization
import Runs

/// The trained runs a server answers with, each loaded once at start; the first is the default.
public struct RunCatalog: Sendable {
    /// One run: the name clients choose it by, the loaded model, and the batcher its requests share.
    public struct Entry: Sendable {
        public let name: String
        public let model: InferenceModel
        let batcher: InferenceBatcher
    }

    public let entries: [Entry]

    /// Loads every run; `runs` pairs a name with a run folder. An unreadable run is an error naming its files.
    public init(runs: [(name: String, path: String)], threads: Int = 1) throws(FileError) {
        var entries: [Entry] = []
        for (name, path) in runs {
            let model = try InferenceModel(RunDirectory(path), threads: threads)
            // Uploads are preprocessed into 28x28 digits, as MNIST's are; a run made for other inputs cannot read them.
            guard model.record.inputShape == [28, 28, 1] else {
                throw FileError(path: RunDirectory(path).recordFile, kind: .unreadable,
                                detail: "field input_shape: the server reads 28x28 grey digits, this run takes \(model.record.inputShape)")
            }
            entries.append(Entry(name: name, model: model, batcher: InferenceBatcher(model: model, run: name)))
        }
        self.entries = entries
    }

    /// The run called `name`, or the default run when `name` is nil or empty.
    func entry(named name: String?) throws(ServerError) -> Entry {
        guard let name, !name.isEmpty else {
            guard let first = entries.first else { throw ServerError(.serviceUnavailable, "no run is loaded") }
            return first
        }
        guard let entry = entries.first(where: { $0.name == name }) else {
            throw ServerError(.notFound, .errorNoRun, [("name", name), ("runs", entries.map(\.name).joined(separator: ", "))])
        }
        return entry
    }
}
