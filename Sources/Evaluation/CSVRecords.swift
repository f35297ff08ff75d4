/// Splits CSV text into records of fields as RFC 4180 writes them: fields separated by commas, records by CRLF or
/// LF, a field in double quotes may hold commas, line breaks and doubled quotes (`""`). A UTF-8 byte-order mark at the
/// start is skipped, as spreadsheet programs write one.
public struct CSVRecords {
    /// One record: its fields and the line it starts on (1-based).
    public struct Record: Sendable {
        public let fields: [String]
        public let line: Int
    }

    /// Why the text is not CSV: the line and what is wrong.
    public struct Malformed: Error {
        public let line: Int
        public let detail: String
    }

    /// The records of `text`, blank trailing lines dropped.
    public static func parse(_ text: String) throws(Malformed) -> [Record] {
        var scalars = Substring(text).unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        var records: [Record] = []
        var fields: [String] = [], field = "", quoted = false, wasQuoted = false
        var line = 1, recordLine = 1
        var iterator = scalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let scalar = pending { pending = nil; return scalar }
            return iterator.next()
        }
        func endRecord() {
            fields.append(field)
            records.append(Record(fields: fields, line: recordLine))
            fields = []; field = ""; wasQuoted = false
        }
        while let scalar = next() {
            if quoted {
                if scalar == "\"" {
                    if let following = next() {
                        if following == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = following }
                    } else {
                        quoted = false
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty && !wasQuoted:
                quoted = true; wasQuoted = true
            case "\"":
                throw Malformed(line: line, detail: "a double quote inside an unquoted field (quote the whole field and double the quote)")
            case ",":
                fields.append(field); field = ""; wasQuoted = false
            case "\r":
                if let following = next(), following != "\n" { pending = following }
                endRecord(); line += 1; recordLine = line
            case "\n":
                endRecord(); line += 1; recordLine = line
            default:
                if wasQuoted { throw Malformed(line: line, detail: "text after a quoted field's closing quote") }
                field.unicodeScalars.append(scalar)
            }
        }
        if quoted { throw Malformed(line: recordLine, detail: "a quoted field is never closed") }
        if !field.isEmpty || !fields.isEmpty || wasQuoted { endRecord() }
        while let last = records.last, last.fields == [""] { records.removeLast() }
        return records
    }
}
