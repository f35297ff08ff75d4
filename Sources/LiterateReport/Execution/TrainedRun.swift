import FileIO
import Foundation
import Training

/// A finished training run in the cache: its run folder and its predictions on the test set, read when needed.
final class TrainedRun {
    /// The cache entry that holds `run/` and the test-set predictions.
    let directory: String

    init(directory: String) {
        self.directory = directory
    }

    var runDirectory: RunDirectory { RunDirectory((directory as NSString).appendingPathComponent("run")) }

    /// The test set's labels and the run's class probabilities for each test image.
    struct Predictions {
        let labels: [Int]
        let probabilities: [[Double]]
        var predicted: [Int] { probabilities.map { row in row.indices.max { row[$0] < row[$1] } ?? 0 } }
    }

    private var cachedRecord: RunRecord?, cachedHistory: [EpochRecord]?, cachedPredictions: Predictions?

    /// run.json.
    func record() throws -> RunRecord {
        if let cachedRecord { return cachedRecord }
        let record = try RunDirectory.decode(RunRecord.self, from: runDirectory.recordFile)
        cachedRecord = record
        return record
    }

    /// history.json.
    func history() throws -> [EpochRecord] {
        if let cachedHistory { return cachedHistory }
        let history = try RunDirectory.decode([EpochRecord].self, from: runDirectory.historyFile)
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
/// test_probabilities.f32 (little-endian float32, one row of class probabilities per image).
enum TestPredictionsFile {
    static let labelsName = "test_labels.u8", probabilitiesName = "test_probabilities.f32"

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
        let bytes = try FileBytes.read(probabilitiesPath)
        guard !labels.isEmpty, bytes.count % (4 * labels.count) == 0 else {
            throw FileError(path: probabilitiesPath, kind: .unreadable, detail: "\(bytes.count) bytes do not hold a row for each of \(labels.count) labels")
        }
        let classes = bytes.count / 4 / labels.count
        var rows: [[Double]] = []
        rows.reserveCapacity(labels.count)
        for row in 0..<labels.count {
            rows.append((0..<classes).map { column in
                let offset = (row * classes + column) * 4
                let bits = UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
                return Double(Float(bitPattern: bits))
            })
        }
        return .init(labels: labels, probabilities: rows)
    }
}
