import Foundation
import Hummingbird

/// The images a request carries: a raw PNG or JPEG body, or the files of a multipart form.
enum Upload {
    /// What a request carries: its images, the run a form chose, and whether it asks for whole numbers.
    struct Form {
        let uploads: [DigitReader.Upload]
        let run: String?
        var number = false
    }

    static func files(in request: Request, body: [UInt8]) throws(ServerError) -> Form {
        let type = request.headers[.contentType] ?? ""
        if let boundary = MultipartUpload.boundary(of: type) {
            return try MultipartUpload.files(in: body, boundary: boundary)
        }
        let mediaType = type.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        guard ["", "image/png", "image/jpeg", "image/jpg", "application/octet-stream"].contains(mediaType) else {
            throw ServerError(.unsupportedMediaType, "send image/png, image/jpeg or multipart/form-data, not \(mediaType)")
        }
        guard !body.isEmpty else { throw ServerError(.badRequest, "the request has no image") }
        return Form(uploads: [.init(file: "upload", bytes: body)], run: nil)
    }
}

/// Keeps uploads when `--keep-uploads` names a folder: under random names, never the client's file name.
struct UploadKeeper: Sendable {
    let folder: String?

    func keep(_ uploads: [DigitReader.Upload]) throws(ServerError) {
        guard let folder else { return }
        for upload in uploads {
            let kind = upload.bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) ? "png" : upload.bytes.starts(with: [0xFF, 0xD8]) ? "jpg" : "bin"
            let path = (folder as NSString).appendingPathComponent("\(UUID().uuidString.lowercased()).\(kind)")
            guard FileManager.default.createFile(atPath: path, contents: Data(upload.bytes)) else {
                throw ServerError(.serviceUnavailable, "the upload could not be kept")
            }
        }
    }
}
