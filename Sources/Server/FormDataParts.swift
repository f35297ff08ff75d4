import Foundation

/// The parts of a `multipart/form-data` body (RFC 7578, RFC 2046's syntax), read strictly: each part is its header
/// lines (`Name: value`, ended by CRLF), a blank line, and bytes up to CRLF and the next delimiter; the body must end
/// with the closing delimiter. Anything else is a 400 naming what is wrong. (MultipartKit 4 trapped on a byte over
/// 127 where it expected a header name, in more places than a check in front of it could foresee.)
struct FormDataParts {
    /// One part: its headers (names lowercased) and its bytes.
    struct Part {
        let headers: [(name: String, value: String)]
        let bytes: ArraySlice<UInt8>

        func header(_ name: String) -> String? { headers.first { $0.name == name }?.value }
    }

    let parts: [Part]

    /// Parses `body`; a part beyond `budget`'s parts is refused as soon as it is seen.
    init(_ body: [UInt8], boundary: String, budget: UploadBudget) throws(ServerError) {
        let delimiter = Array("--\(boundary)".utf8)
        let crlf: [UInt8] = [13, 10]
        // The first delimiter starts the body or a line (anything before it is a preamble, which is ignored).
        var position: Int
        if body.starts(with: delimiter) {
            position = delimiter.count
        } else if let found = Self.find(crlf + delimiter, in: body[...], from: 0) {
            position = found + 2 + delimiter.count
        } else {
            throw Self.truncated(boundary)
        }
        var parts: [Part] = []
        while true {
            if body[position...].starts(with: [45, 45]) { break }  // "--": the closing delimiter
            while position < body.count, body[position] == 32 || body[position] == 9 { position += 1 }  // padding
            guard body[position...].starts(with: crlf) else {
                throw ServerError(.badRequest, "the multipart/form-data body has bytes after a boundary where a line end belongs")
            }
            try budget.check(parts: parts.count + 1)
            position += 2
            let headers: [(name: String, value: String)]
            let start: Int
            if body[position...].starts(with: crlf) {
                (headers, start) = ([], position + 2)
            } else {
                guard let headersEnd = Self.find(crlf + crlf, in: body[...], from: position) else { throw Self.truncated(boundary) }
                (headers, start) = try (Self.headers(body[position..<headersEnd], part: parts.count + 1), headersEnd + 4)
            }
            guard let end = Self.find(crlf + delimiter, in: body[...], from: start) else { throw Self.truncated(boundary) }
            parts.append(Part(headers: headers, bytes: body[start..<end]))
            position = end + 2 + delimiter.count
        }
        self.parts = parts
    }

    /// The header lines of part `part`, each `Name: value` with a token for a name.
    private static func headers(_ block: ArraySlice<UInt8>, part: Int) throws(ServerError) -> [(name: String, value: String)] {
        guard !block.isEmpty else { return [] }
        var headers: [(name: String, value: String)] = []
        var lineStart = block.startIndex
        while lineStart <= block.endIndex {
            let lineEnd = find([13, 10], in: block, from: lineStart) ?? block.endIndex
            let line = block[lineStart..<lineEnd]
            guard let colon = line.firstIndex(of: 58), colon > line.startIndex else {
                throw ServerError(.badRequest, "part \(part) of the multipart/form-data body has a header line that is not Name: value")
            }
            guard line[..<colon].allSatisfy({ $0 > 32 && $0 < 127 }) else {
                throw ServerError(.badRequest, "part \(part): a header name holds bytes that are not ASCII letters or signs")
            }
            let name = String(decoding: line[..<colon], as: UTF8.self).lowercased()
            let value = String(decoding: line[(colon + 1)...], as: UTF8.self).trimmingCharacters(in: .whitespaces)
            headers.append((name, value))
            lineStart = lineEnd + 2
        }
        return headers
    }

    private static func truncated(_ boundary: String) -> ServerError {
        ServerError(.badRequest, "the multipart/form-data body is truncated or not multipart: it has no closing boundary --\(boundary)--")
    }

    /// The index where `needle` first occurs in `haystack` at or after `start`: Knuth-Morris-Pratt, linear time on any
    /// input (a client chooses both the boundary and the bytes, so a naive search could be made quadratic).
    static func find(_ needle: [UInt8], in haystack: ArraySlice<UInt8>, from start: Int) -> Int? {
        guard !needle.isEmpty, start >= haystack.startIndex, start <= haystack.endIndex else { return nil }
        var fallback = [Int](repeating: 0, count: needle.count)
        var length = 0
        for index in 1..<max(1, needle.count) {
            while length > 0 && needle[index] != needle[length] { length = fallback[length - 1] }
            if needle[index] == needle[length] { length += 1 }
            fallback[index] = length
        }
        var matched = 0
        for index in start..<haystack.endIndex {
            while matched > 0 && haystack[index] != needle[matched] { matched = fallback[matched - 1] }
            if haystack[index] == needle[matched] { matched += 1 }
            if matched == needle.count { return index - needle.count + 1 }
        }
        return nil
    }
}
