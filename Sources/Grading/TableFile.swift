import DatasetCatalog
import Evaluation
import FileIO
import Foundation

/// A small CSV file with a required header, read strictly: each problem an error naming the file and line.
struct TableFile {
    let file: String
    let records: [CSVRecords.Record]

    /// Reads `path`, whose header must start with `columns`.
    init(_ path: String, columns: [String]) throws(AssignmentError) {
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.read(path, limit: 64 << 20)
        } catch {
            throw AssignmentError(file: path, line: 1, field: "", error.detail)
        }
        try self.init(text: String(decoding: bytes, as: UTF8.self), file: path, columns: columns)
    }

    /// Parses `text`, whose header must start with `columns`; `file` names it in errors.
    init(text: String, file: String, columns: [String]) throws(AssignmentError) {
        self.file = file
        let parsed: [CSVRecords.Record]
        do {
            parsed = try CSVRecords.parse(text)
        } catch {
            throw AssignmentError(file: file, line: error.line, field: "", error.detail)
        }
        let header = parsed.first?.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? []
        guard Array(header.prefix(columns.count)) == columns else {
            throw AssignmentError(file: file, line: 1, field: "", "the header must start with \(columns.joined(separator: ",")), "
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

    /// A student id as given in a file: trimmed and in Unicode's composed form (NFC), so that one name typed or
    /// stored either way (`é` as one character or as `e` and an accent) is one student.
    func studentID(_ record: CSVRecords.Record, _ column: Int, named name: String) throws(AssignmentError) -> String {
        StudentID.normalised(try field(record, column, named: name))
    }
}

/// Student ids, one spelling each.
enum StudentID {
    /// `id` in Unicode's composed form (NFC).
    static func normalised(_ id: String) -> String { id.precomposedStringWithCanonicalMapping }

    /// The most bytes of an id used as it is in a file name: the feedback page's name, with the temporary name an
    /// atomic write gives it (`.ID.html.partial-PID`), must stay under the 255 bytes a file name may have.
    static let longestFileName = 200

    /// The name of the files that hold a student's own output (`feedback/NAME.html`, `gradescope/NAME/`).
    ///
    /// It is the id itself, unless the id is longer than `longestFileName` bytes or could be taken for a shortened
    /// name (it ends in "-" and 16 hexadecimal digits): then its first characters (at most 183 bytes; "id" when none
    /// fit or they would begin with "." or "-"), "-" and a hash of the whole id, so that ids that begin alike still
    /// get files of their own. Grading refuses a class in which two names still meet.
    static func fileName(_ id: String) -> String {
        let tail = Array(id.utf8.suffix(17))
        let looksShortened = tail.count == 17 && tail[0] == UInt8(ascii: "-")
            && tail.dropFirst().allSatisfy { "0123456789abcdef".utf8.contains($0) }
        guard id.utf8.count > longestFileName || looksShortened else { return id }
        var prefix = ""
        for character in id {
            guard prefix.utf8.count + character.utf8.count <= longestFileName - 17 else { break }
            prefix.append(character)
        }
        if prefix.isEmpty || prefix.hasPrefix(".") || prefix.hasPrefix("-") { prefix = "id" + prefix }
        return prefix + "-" + SHA256Digest.hex(of: Array(id.utf8)).prefix(16)
    }
}
