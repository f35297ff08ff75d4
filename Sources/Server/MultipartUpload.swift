import Foundation

/// The files of a `multipart/form-data` body (the page's form, or an API client's), parsed by ``FormDataParts``.
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
        // RFC 2046: 1 to 70 characters.
        guard (1...70).contains(boundary.utf8.count) else {
            throw ServerError(.badRequest, "the multipart boundary must be 1 to 70 characters long")
        }
        let parts = try FormDataParts(body, boundary: boundary, budget: budget).parts
        var uploads: [DigitReader.Upload] = []
        var run: String?, number = false
        for (index, part) in parts.enumerated() {
            let disposition = part.header("content-disposition") ?? ""
            let name = parameter("name", in: disposition) ?? ""
            let filename = parameter("filename", in: disposition)
            let bytes = Array(part.bytes)
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
}
