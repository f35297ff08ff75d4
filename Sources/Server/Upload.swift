import Foundation
import Hummingbird
import Localization
import UserImages

/// The images a request carries: a raw PNG or JPEG body, or the files of a multipart form.
enum Upload {
    /// What a request carries: its images, the run a form chose, and whether it asks for whole numbers.
    struct Form {
        let uploads: [DigitReader.Upload]
        let run: String?
        var number = false
    }

    /// The request's body, read up to `limit` bytes (413 with the JSON error beyond), as a form with at least one
    /// image and within `budget`'s parts (its images are checked by the reader, before decoding).
    static func form(of request: Request, limit: Int, budget: UploadBudget) async throws(ServerError) -> Form {
        var request = request
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: limit)
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            throw ServerError(.contentTooLarge, .errorRequestTooLarge, [("megabytes", "\(max(1, limit >> 20))")])
        } catch {
            throw ServerError(.badRequest, "the request's body could not be read: \(error)")
        }
        let form = try files(contentType: request.headers[.contentType] ?? "", body: Array(body.readableBytesView), budget: budget)
        guard !form.uploads.isEmpty else { throw ServerError(.badRequest, .errorNoImage) }
        return form
    }

    /// The images of a body sent with `contentType`: a multipart form's files, or the body itself.
    static func files(contentType type: String, body: [UInt8], budget: UploadBudget) throws(ServerError) -> Form {
        if let boundary = MultipartUpload.boundary(of: type) {
            return try MultipartUpload.files(in: body, boundary: boundary, budget: budget)
        }
        let mediaType = type.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        guard ["", "image/png", "image/jpeg", "image/jpg", "application/octet-stream"].contains(mediaType) else {
            throw ServerError(.unsupportedMediaType, .errorMediaType, [("type", mediaType)])
        }
        guard !body.isEmpty else { throw ServerError(.badRequest, .errorNoImage) }
        return Form(uploads: [.init(file: "upload", bytes: body)], run: nil)
    }
}

/// Keeps uploads when `--keep-uploads` names a folder: under random names, never the client's file name; only the
/// uploads that were read (a refused file is never kept).
struct UploadKeeper: Sendable {
    let folder: String?

    /// Keeps each upload whose answer (in the same order) is a reading.
    func keep<Value>(_ uploads: [DigitReader.Upload], readAs answers: [FileAnswer<Value>]) throws(ServerError) {
        guard let folder else { return }
        for (upload, answer) in zip(uploads, answers) where answer.value != nil {
            let kind = ImageDecoder.fileExtension(of: upload.bytes) ?? "bin"
            let path = (folder as NSString).appendingPathComponent("\(UUID().uuidString.lowercased()).\(kind)")
            guard FileManager.default.createFile(atPath: path, contents: Data(upload.bytes)) else {
                throw ServerError(.serviceUnavailable, "the upload could not be kept")
            }
        }
    }
}
