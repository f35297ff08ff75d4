import Hummingbird
import MultipartKit

/// The files of a `multipart/form-data` body (the page's form, or an API client's), parsed with MultipartKit.
enum MultipartUpload {
    /// The boundary named by a Content-Type such as `multipart/form-data; boundary=xyz`, or nil when it is not one.
    static func boundary(of contentType: String) -> String? {
        let parts = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.first?.lowercased() == "multipart/form-data" else { return nil }
        for part in parts.dropFirst() where part.lowercased().hasPrefix("boundary=") {
            var value = part.dropFirst("boundary=".count)
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = value.dropFirst().dropLast() }
            return String(value)
        }
        return nil
    }

    /// Every part that carries a file (a `filename`, or a field called photo, image or file), with its bytes, the
    /// value of the text field `run` if there is one, and whether the field `mode` asks for whole numbers. A body that
    /// is cut short, or has more parts than `budget` allows, is refused.
    static func files(in body: [UInt8], boundary: String, budget: UploadBudget) throws(ServerError) -> Upload.Form {
        // RFC 2046: 1 to 70 characters; MultipartKit traps on an empty boundary, so it is checked first.
        guard (1...70).contains(boundary.utf8.count) else {
            throw ServerError(.badRequest, "the multipart boundary must be 1 to 70 characters long")
        }
        // MultipartKit 4.7.1 traps on a byte over 127 in a header name (its lookup table has 128 entries), so such
        // a body is refused before it gets there.
        guard headerNamesAreASCII(body, boundary: boundary) else {
            throw ServerError(.badRequest, "a part's header name holds bytes that are not ASCII")
        }
        // MultipartKit stops quietly where the body ends, so a body cut short, or one with no part at all, would
        // otherwise read as a form with no files.
        guard firstIndex(of: Array("--\(boundary)--".utf8), in: body, from: 0) != nil else {
            throw ServerError(.badRequest, "the multipart/form-data body is truncated or not multipart: it has no closing boundary "
                + "--\(boundary)--")
        }
        let parts: [MultipartPart]
        do {
            parts = try collect(body, boundary: boundary)
        } catch {
            throw ServerError(.badRequest, "the multipart/form-data body cannot be parsed")
        }
        try budget.check(parts: parts.count)
        var uploads: [DigitReader.Upload] = []
        var run: String?, number = false
        for (index, part) in parts.enumerated() {
            let name = part.name ?? ""
            let filename = part.headers.first(name: "Content-Disposition").flatMap { parameter("filename", in: $0) }
            let bytes = Array(part.body.readableBytesView)
            if name == "run" && filename == nil {
                run = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            } else if name == "mode" && filename == nil {
                number = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) == "number"
            } else if filename != nil || ["photo", "image", "file", "files", "images"].contains(name) {
                if bytes.isEmpty && (filename ?? "").isEmpty { continue }  // a form sent with no file chosen
                uploads.append(.init(file: filename.flatMap { $0.isEmpty ? nil : $0 } ?? "upload \(index + 1)", bytes: bytes))
            }
        }
        return Upload.Form(uploads: uploads, run: run, number: number)
    }

    /// The value of `key` in a header such as `form-data; name="photo"; filename="seven.png"`, unquoted.
    static func parameter(_ key: String, in header: String) -> String? {
        for part in header.split(separator: ";").dropFirst() {
            let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2, pair[0].lowercased() == key else { continue }
            var value = Substring(pair[1])
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = value.dropFirst().dropLast() }
            return value.replacingOccurrences(of: "\\\"", with: "\"")
        }
        return nil
    }

    /// Whether every header name of every part (the bytes from a line's start to its colon, after each boundary and
    /// until the blank line) is ASCII. Every occurrence of the boundary is treated as one, so this checks at least the
    /// places MultipartKit reads header names from.
    static func headerNamesAreASCII(_ body: [UInt8], boundary: String) -> Bool {
        let marker = Array(("--" + boundary).utf8)
        let (colon, cr, lf): (UInt8, UInt8, UInt8) = (58, 13, 10)
        var index = 0
        while let start = firstIndex(of: marker, in: body, from: index) {
            var position = start + marker.count
            if position < body.count, body[position] == cr { position += 1 }
            if position < body.count, body[position] == lf { position += 1 }
            while position < body.count, body[position] != cr {
                while position < body.count, body[position] != colon, body[position] != cr {
                    if body[position] >= 0x80 { return false }
                    position += 1
                }
                while position < body.count, body[position] != lf { position += 1 }
                position += 1
            }
            index = max(position, start + 1)
        }
        return true
    }

    private static func firstIndex(of marker: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard !marker.isEmpty, bytes.count >= marker.count, start <= bytes.count - marker.count else { return nil }
        var index = start
        while index <= bytes.count - marker.count {
            if bytes[index] == marker[0], Array(bytes[index..<(index + marker.count)]) == marker { return index }
            index += 1
        }
        return nil
    }

    private static func collect(_ body: [UInt8], boundary: String) throws -> [MultipartPart] {
        let parser = MultipartParser(boundary: boundary)
        var parts: [MultipartPart] = []
        var headers = HTTPHeaders()
        var partBody = ByteBuffer()
        parser.onHeader = { name, value in headers.add(name: name, value: value) }
        parser.onBody = { chunk in partBody.writeBuffer(&chunk) }
        parser.onPartComplete = {
            parts.append(MultipartPart(headers: headers, body: partBody))
            headers = HTTPHeaders()
            partBody = ByteBuffer()
        }
        try parser.execute(body)
        return parts
    }
}
