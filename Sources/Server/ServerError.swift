import FileIO
import Hummingbird
import Runs
import UserImages

/// A request the server cannot answer as asked: the HTTP status and a message for the client, in words.
struct ServerError: Error, HTTPResponseError, CustomStringConvertible {
    let status: HTTPResponse.Status
    let message: String
    let headers: HTTPFields

    init(_ status: HTTPResponse.Status, _ message: String, headers: HTTPFields = [:]) {
        self.status = status
        self.message = message
        self.headers = headers
    }

    /// The status for an image that could not become a digit: 413 too large, 415 not an image, 400 otherwise.
    init(_ error: ImageError, file: String) {
        switch error.kind {
        case .tooLarge: self.init(.contentTooLarge, "\(file): \(error.detail)")
        case .notAnImage: self.init(.unsupportedMediaType, "\(file): \(error.detail); send a PNG or JPEG image")
        default: self.init(.badRequest, "\(file): \(error.detail)")
        }
    }

    /// The status for a run that gave no usable answer (outputs that are not numbers): 422, naming the run, since the
    /// request itself was fine and the server goes on serving.
    /// The message names the run, never its folder on the server.
    init(modelFailure error: any Error, run: String) {
        let reason = switch error {
        case let failure as NonFiniteOutput: failure.description(naming: "run \(run)")
        case let mismatch as NonFiniteOutput.InputMismatch: "the run reads \(mismatch.side)x\(mismatch.side) images"
        default: "the model failed"
        }
        self.init(.unprocessableContent, "run \(run) cannot answer: \(reason)")
    }

    var description: String { message }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        let body = "{\"error\":" + JSONText.quoted(message) + "}\n"
        var fields: HTTPFields = [.contentType: "application/json; charset=utf-8"]
        fields.append(contentsOf: headers)
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(string: body)))
    }
}
