import FileIO
import Hummingbird
import Localization
import Runs
import UserImages

/// A request the server cannot answer as asked: the HTTP status and a message for the client, in words.
struct ServerError: Error, HTTPResponseError, CustomStringConvertible {
    let status: HTTPResponse.Status
    /// The message in the language the client asked for (English until ``speaking(_:)``).
    let message: String
    let headers: HTTPFields
    /// The message's catalogue key and values, so that it can be said in the reader's language; nil for messages
    /// that only exist in English (malformed requests, the server's own failures).
    let phrase: Phrase?
    let values: [(key: String, value: String)]

    init(_ status: HTTPResponse.Status, _ message: String, headers: HTTPFields = [:]) {
        self.status = status
        self.message = message
        self.headers = headers
        phrase = nil
        values = []
    }

    /// An error whose message is the catalogue's `phrase`, in English until spoken in another language.
    init(_ status: HTTPResponse.Status, _ phrase: Phrase, _ values: [(key: String, value: String)] = [], headers: HTTPFields = [:],
         catalogue: Catalogue = Catalogues.compiledIn.english) {
        self.status = status
        self.phrase = phrase
        self.values = values
        self.headers = headers
        message = catalogue.filled(phrase, pairs: values)
    }

    /// The same error with its message in `catalogue`'s language, when it has a key.
    func speaking(_ catalogue: Catalogue) -> ServerError {
        guard let phrase else { return self }
        return ServerError(status, phrase, values, headers: headers, catalogue: catalogue)
    }

    /// The status for an image that could not become a digit: 413 too large, 415 not an image, 400 otherwise.
    /// The library's own detail is kept as it is (English) inside the sentence.
    init(_ error: ImageError, file: String) {
        let values = [(key: "file", value: file), (key: "detail", value: error.detail)]
        switch error.kind {
        case .tooLarge: self.init(.contentTooLarge, .errorImageTooLarge, values)
        case .notAnImage: self.init(.unsupportedMediaType, .errorNotAnImage, values)
        case .empty: self.init(.badRequest, .errorNoDigit, values)
        case .crowded: self.init(.badRequest, .errorCrowded, values)
        default: self.init(.badRequest, .errorImageBroken, values)
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
