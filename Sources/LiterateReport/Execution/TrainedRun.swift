import Evaluation
import FileIO
import Foundation
import Runs

/// What other cells use by id: a finished training run in the cache (its run folder and test-set predictions), or
/// the test-set predictions of a `predictions` cell, which have no run folder and may have no probabilities.
final class TrainedRun {
    /// The id cells refer to it by.
    let id: String
    /// The cache entry that holds `run/` (for a training run) and the test-set predictions.
    let directory: String

    init(id: String, directory: String) {
        self.id = id
        self.directory = directory
    }

    /// The run folder; a failure saying what is missing when the predictions came from a file.
    func runFolder(for purpose: String) throws -> RunDirectory {
        let run = RunDirectory((directory as NSString).appendingPathComponent("run"))
        guard FileManager.default.fileExists(atPath: run.recordFile) else {
            throw CellFailure("\(id) is a predictions file, not a trained run: it has no \(purpose)")
        }
        return run
    }

    /// The trained run's model, loaded for predictions; a predictions file has none, and `purpose` says what was needed.
    func inferenceModel(for purpose: String) throws -> InferenceModel {
        try InferenceModel(runFolder(for: purpose))
    }

    private var cachedRecord: RunRecord?, cachedHistory: [EpochRecord]?, cachedPredictions: Predictions?

    /// run.json.
    func record() throws -> RunRecord {
        if let cachedRecord { return cachedRecord }
        let record = try RunDirectory.decode(RunRecord.self, from: try runFolder(for: "model or training record").recordFile)
        cachedRecord = record
        return record
    }

    /// history.json.
    func history() throws -> [EpochRecord] {
        if let cachedHistory { return cachedHistory }
        let history = try RunDirectory.decode([EpochRecord].self, from: try runFolder(for: "training history").historyFile)
        if history.isEmpty, let imported = try record().imported {
            throw CellFailure("\(id) was imported from \((imported.source as NSString).lastPathComponent), not trained here: "
                + "it has no training history")
        }
        cachedHistory = history
        return history
    }

    /// The test-set predictions written when the run was trained.
    func predictions() throws -> Predictions {
        if let cachedPredictions { return cachedPredictions }
        let predictions = try Predictions(binaryIn: directory)
        cachedPredictions = predictions
        return predictions
    }
}

extension Predictions {
    /// The probabilities, or a failure naming what needs them.
    func requireProbabilities(_ id: String, for purpose: String) throws -> [[Double]] {
        guard let probabilities else {
            throw CellFailure("\(purpose) needs class probabilities; \(id) has only labels (columns p0… were not given)")
        }
        return probabilities
    }
}
