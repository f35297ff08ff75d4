import FileIO
import Foundation

/// The binary form of test-set predictions, as a report's cache keeps them: `test_labels.u8` and `test_predicted.u8`
/// (one byte per example) and, when known, `test_probabilities.f32` (little-endian float32, one row of class
/// probabilities per example). Entries written before the predicted labels were kept beside probabilities read as the
/// rows' most probable classes.
extension Predictions {
    static let labelsName = "test_labels.u8", probabilitiesName = "test_probabilities.f32", predictedName = "test_predicted.u8"

    /// Writes the predictions into `directory`; probabilities as float32.
    public func writeBinary(to directory: String) throws(FileError) {
        func path(_ name: String) -> String { (directory as NSString).appendingPathComponent(name) }
        try AtomicFile.write(labels.map { UInt8(clamping: $0) }, to: path(Self.labelsName))
        try AtomicFile.write(predicted.map { UInt8(clamping: $0) }, to: path(Self.predictedName))
        guard let probabilities else { return }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(probabilities.count * (probabilities.first?.count ?? 0) * 4)
        for row in probabilities {
            for value in row { withUnsafeBytes(of: Float(value).bitPattern.littleEndian) { bytes += $0 } }
        }
        try AtomicFile.write(bytes, to: path(Self.probabilitiesName))
    }

    /// The predictions written into `directory` by ``writeBinary(to:)``.
    public init(binaryIn directory: String) throws(FileError) {
        func path(_ name: String) -> String { (directory as NSString).appendingPathComponent(name) }
        let labels = try FileBytes.read(path(Self.labelsName)).map(Int.init)
        var predicted: [Int]?
        if FileManager.default.fileExists(atPath: path(Self.predictedName)) {
            let read = try FileBytes.read(path(Self.predictedName)).map(Int.init)
            guard read.count == labels.count else {
                throw FileError(path: path(Self.predictedName), kind: .unreadable,
                                detail: "\(read.count) labels for \(labels.count) images")
            }
            predicted = read
        }
        guard FileManager.default.fileExists(atPath: path(Self.probabilitiesName)) else {
            guard let predicted else {
                throw FileError(path: path(Self.predictedName), kind: .unreadable, detail: "is missing, and so are the probabilities")
            }
            self.init(labels: labels, predicted: predicted)
            return
        }
        let bytes = try FileBytes.read(path(Self.probabilitiesName))
        guard !labels.isEmpty, bytes.count % (4 * labels.count) == 0 else {
            throw FileError(path: path(Self.probabilitiesName), kind: .unreadable,
                            detail: "\(bytes.count) bytes do not hold a row for each of \(labels.count) labels")
        }
        let classes = bytes.count / 4 / labels.count
        let rows = (0..<labels.count).map { row in
            (0..<classes).map { column in
                let offset = (row * classes + column) * 4
                let bits = UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16
                    | UInt32(bytes[offset + 3]) << 24
                return Double(Float(bitPattern: bits))
            }
        }
        self.init(labels: labels, predicted: predicted ?? rows.map(Self.argmax), probabilities: rows)
    }
}
