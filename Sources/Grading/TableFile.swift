import Evaluation
import FileIO

/// A small CSV file with a required header, read strictly: each problem an error naming the file and line.
struct TableFile {
    let file: String
    let records: [CSVRecords.Record]

    /// Reads `path`, whose header must start with `columns`.
    init(_ path: String, columns: [String]) throws(AssignmentError) {
        file = path
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.read(path, limit: 64 << 20)
        } catch {
            throw AssignmentError(file: path, line: 1, field: "", error.detail)
        }
        let parsed: [CSVRecords.Record]
        do {
            parsed = try CSVRecords.parse(String(decoding: bytes, as: UTF8.self))
        } catch {
            throw AssignmentError(file: path, line: error.line, field: "", error.detail)
        }
        let header = parsed.first?.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? []
        guard Array(header.prefix(columns.count)) == columns else {
            throw AssignmentError(file: path, line: 1, field: "", "the header must start with \(columns.joined(separator: ",")), "
                + "found \(header.joined(separator: ",").debugDescription)")
        }
        records = Array(parsed.dropFirst())
    }

    /// The field at `column` of `record`, trimmed; an error naming the line when the row is short or it is empty.
    func field(_ record: CSVRecords.Record, _ column: Int, named name: String) throws(AssignmentError) -> String {
        guard column < record.fields.count else {
            throw AssignmentError(file: file, line: record.line, field: name, "the row has \(record.fields.count) fields")
        }
        let value = record.fields[column].trimmingCharacters(in: .whitespaces)
        guard !value.isEmpty else { throw AssignmentError(file: file, line: record.line, field: name, "is empty") }
        return value
    }
}
