import FileIO
import Foundation
import Training

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

    /// The test set's labels, the predicted labels and, when known, the class probabilities for each test image.
    struct Predictions {
        let labels: [Int]
        let predicted: [Int]
        let probabilities: [[Double]]?

        init(labels: [Int], probabilities: [[Double]]) {
            self.labels = labels
            self.probabilities = probabilities
            predicted = probabilities.map { row in row.indices.max { row[$0] < row[$1] } ?? 0 }
        }

        init(labels: [Int], predicted: [Int]) {
            self.labels = labels
            self.predicted = predicted
            probabilities = nil
        }

        /// The probabilities, or a failure naming what needs them.
        func requireProbabilities(_ id: String, for purpose: String) throws -> [[Double]] {
            guard let probabilities else {
                throw CellFailure("\(purpose) needs class probabilities; \(id) has only labels (columns p0… were not given)")
            }
            return probabilities
        }
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
        let predictions = try TestPredictionsFile.read(from: directory)
        cachedPredictions = predictions
        return predictions
    }
}

/// The test-set predictions of a run in its cache entry: test_labels.u8 (one byte per image) and
/// test_probabilities.f32 (little-endian float32, one row of class probabilities per image), or, for a predictions
/// file without probabilities, test_predicted.u8 (one predicted label per image).
enum TestPredictionsFile {
    static let labelsName = "test_labels.u8", probabilitiesName = "test_probabilities.f32", predictedName = "test_predicted.u8"

    static func write(labels: [UInt8], predicted: [UInt8], to directory: String) throws(FileError) {
        try AtomicFile.write(labels, to: (directory as NSString).appendingPathComponent(labelsName))
        try AtomicFile.write(predicted, to: (directory as NSString).appendingPathComponent(predictedName))
    }

    static func write(labels: [UInt8], probabilities: [[Float]], to directory: String) throws(FileError) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(probabilities.count * (probabilities.first?.count ?? 0) * 4)
        for row in probabilities {
            for value in row { withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes += $0 } }
        }
        try AtomicFile.write(labels, to: (directory as NSString).appendingPathComponent(labelsName))
        try AtomicFile.write(bytes, to: (directory as NSString).appendingPathComponent(probabilitiesName))
    }

    static func read(from directory: String) throws -> TrainedRun.Predictions {
        let labelsPath = (directory as NSString).appendingPathComponent(labelsName)
        let probabilitiesPath = (directory as NSString).appendingPathComponent(probabilitiesName)
        let labels = try FileBytes.read(labelsPath).map(Int.init)
        let predictedPath = (directory as NSString).appendingPathComponent(predictedName)
        if !FileManager.default.fileExists(atPath: probabilitiesPath), FileManager.default.fileExists(atPath: predictedPath) {
            let predicted = try FileBytes.read(predictedPath).map(Int.init)
            guard predicted.count == labels.count else {
                throw FileError(path: predictedPath, kind: .unreadable, detail: "\(predicted.count) labels for \(labels.count) images")
            }
            return .init(labels: labels, predicted: predicted)
        }
        let bytes = try FileBytes.read(probabilitiesPath)
        guard !labels.isEmpty, bytes.count % (4 * labels.count) == 0 else {
            throw FileError(path: probabilitiesPath, kind: .unreadable,
                            detail: "\(bytes.count) bytes do not hold a row for each of \(labels.count) labels")
        }
        let classes = bytes.count / 4 / labels.count
        var rows: [[Double]] = []
        rows.reserveCapacity(labels.count)
        for row in 0..<labels.count {
            rows.append((0..<classes).map { column in
                let offset = (row * classes + column) * 4
                let bits = UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16
                    | UInt32(bytes[offset + 3]) << 24
                return Double(Float(bitPattern: bits))
            })
        }
        return .init(labels: labels, probabilities: rows)
    }
}
