import FileIO
import Foundation

/// Predictions made by any tool: a CSV with header `id,label` and optionally `p0`…`p{k-1}`, ids 0-based.
public struct PredictionsFile: Sendable {
    /// The predicted label of each example, by id.
    public let labels: [Int]
    /// Each example's class probabilities, when the file has them.
    public let probabilities: [[Double]]?

    /// The most problems listed in one error; the rest are counted.
    static let listed = 40

    /// Reads and checks `path` for `count` examples of `classes` classes; every problem found is reported at once,
    /// each with its line number.
    public init(path: String, count: Int, classes: Int) throws(EvaluationError) {
        let bytes: [UInt8]
        do { bytes = try FileBytes.read(path, limit: 1 << 30) } catch { throw EvaluationError(path, [error.detail]) }
        try self.init(text: String(decoding: bytes, as: UTF8.self), file: path, count: count, classes: classes)
    }

    /// Checks `text`, the contents of a predictions file; `file` names it in errors.
    public init(text: String, file: String, count: Int, classes: Int) throws(EvaluationError) {
        let records: [CSVRecords.Record]
        do { records = try CSVRecords.parse(text) } catch { throw EvaluationError(file, ["line \(error.line): \(error.detail)"]) }
        guard let headerRecord = records.first else {
            throw EvaluationError(file, ["line 1: the file is empty; expected a header id,label[,p0,…]"])
        }
        let header = headerRecord.fields.map(Self.trimmed)
        let headerLine = headerRecord.fields.joined(separator: ",")
        var problems: [String] = []
        let probabilityColumns = Array(header.dropFirst(2))
        let hasProbabilities = !probabilityColumns.isEmpty
        if header.count < 2 || header[0] != "id" || header[1] != "label" {
            throw EvaluationError(file, ["line 1: the header must start with id,label (found \(headerLine))"])
        }
        if hasProbabilities && probabilityColumns != (0..<classes).map({ "p\($0)" }) {
            problems.append("line 1: probability columns must be p0…p\(classes - 1) for \(classes) classes (found "
                + "\(probabilityColumns.joined(separator: ",")))")
        }
        var labels = [Int?](repeating: nil, count: count)
        var probabilities = [[Double]?](repeating: nil, count: hasProbabilities ? count : 0)
        var firstLine = [Int: Int]()
        for record in records.dropFirst() {
            let number = record.line
            let fields = record.fields.map(Self.trimmed)
            guard fields.count == header.count else {
                problems.append("line \(number): \(fields.count) columns, the header has \(header.count)")
                if let id = Int(fields[0]), firstLine[id] == nil { firstLine[id] = number }  // reported here, not as missing
                continue
            }
            guard let id = Int(fields[0]) else { problems.append("line \(number): id \"\(fields[0])\" is not an integer"); continue }
            guard (0..<count).contains(id) else { problems.append("line \(number): id \(id) is outside 0-\(count - 1)"); continue }
            if let earlier = firstLine[id] { problems.append("line \(number): id \(id) repeats line \(earlier)"); continue }
            firstLine[id] = number
            if let label = Int(fields[1]) {
                if (0..<classes).contains(label) {
                    labels[id] = label
                } else {
                    problems.append("line \(number): label \(label) is outside 0-\(classes - 1)")
                }
            } else {
                problems.append("line \(number): label \"\(fields[1])\" is not an integer")
            }
            guard hasProbabilities, fields.count - 2 == classes else { continue }
            let values = fields.dropFirst(2).map(DecimalField.parse)
            if let bad = values.firstIndex(where: { value in
                guard let value else { return true }
                return !value.isFinite || value < 0 || value > 1
            }) {
                problems.append("line \(number): p\(bad) \"\(fields[bad + 2])\" is not a probability (a number from 0 to 1)")
                continue
            }
            let row = values.compactMap { $0 }
            let sum = row.reduce(0, +)
            if abs(sum - 1) > 1e-3 { problems.append(String(format: "line \(number): probabilities sum to %.6g, not 1 (within 0.001)",
                sum)) }
            // The label is the class the probabilities favour: a file saying otherwise is inconsistent, not a choice.
            if let label = labels[id], let top = row.max(), row[label] < top {
                let favoured = row.indices.filter { row[$0] == top }.map { "p\($0)" }.joined(separator: ", ")
                problems.append("line \(number): label \(label) contradicts the probabilities, which favour \(favoured) "
                                + "(\(top) against p\(label) = \(row[label]))")
            }
            probabilities[id] = row
        }
        let missing = labels.indices.filter { labels[$0] == nil && firstLine[$0] == nil }
        if !missing.isEmpty {
            let shown = missing.prefix(10).map(String.init).joined(separator: ", ")
            problems.append("missing ids (\(missing.count) of \(count)): \(shown)\(missing.count > 10 ? ", …" : "")")
        }
        guard problems.isEmpty else { throw EvaluationError(file, problems) }
        self.labels = labels.map { $0 ?? 0 }
        self.probabilities = hasProbabilities ? probabilities.map { $0 ?? [] } : nil
    }
}

/// Why an evaluation could not run: the file and every problem found in it.
public struct EvaluationError: Error, CustomStringConvertible, Sendable {
    public let file: String
    public let problems: [String]

    public init(_ file: String, _ problems: [String]) {
        self.file = file
        self.problems = problems
    }

    public var description: String {
        let shown = problems.prefix(PredictionsFile.listed).map { "  " + $0 }
        let more = problems.count > PredictionsFile.listed ? ["  … and \(problems.count - PredictionsFile.listed) more"] : []
        return "\(file): \(problems.count) problem\(problems.count == 1 ? "" : "s"):\n" + (shown + more).joined(separator: "\n")
    }
}

extension PredictionsFile {
    /// `field` without leading and trailing spaces and tabs; the field itself when it has none, which is nearly always
    /// (Foundation's trimming copies every field through NSString, a third of the time of reading a large file).
    static func trimmed(_ field: String) -> String {
        func blank(_ byte: UInt8?) -> Bool { byte == 0x20 || byte == 0x09 }
        guard blank(field.utf8.first) || blank(field.utf8.last) else { return field }
        return String(field.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
