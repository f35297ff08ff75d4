import Hummingbird
import FileIO
import UserImages

/// A request the server cannot answer as asked: the HTTP status and a message for the client, in words.
struct ServerError: Error, HTTPResponseError, CustomStringConvertible {
    let status: HTTPResponse.Status
    let message: String

    init(_ status: HTTPResponse.Status, _ message: String) {
        self.status = status
        self.message = message
    }

    /// The status for an image that could not become a digit: 413 too large, 415 not an image, 400 otherwise.
    init(_ error: ImageError, file: String) {
        switch error.kind {
        case .tooLarge: self.init(.contentTooLarge, "\(file): \(error.detail)")
        case .notAnImage: self.init(.unsupportedMediaType, "\(file): \(error.detail); send a PNG or JPEG image")
        default: self.init(.badRequest, "\(file): \(error.detail)")
        }
    }

    var description: String { message }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        let body = "{\"error\":" + JSONText.quoted(message) + "}\n"
        return Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(string: body)))
    }
}
