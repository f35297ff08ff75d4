import Hummingbird

/// Answers `HEAD` (routed to the GET handler by `getAndHead`) without the body: the same status and headers as `GET`,
/// `Content-Length` included, so a client that reuses the connection reads exactly what was sent. Outermost, so
/// that error answers lose their body too.
struct HeadRequests<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method == .head else { return try await next(request, context) }
        do {
            return try await next(request, context).createHeadResponse()
        } catch let error as any HTTPResponseError {
            return try error.response(from: request, context: context).createHeadResponse()
        }
    }
}

extension Router {
    /// Registers `handler` for both GET and HEAD on `path` (HEAD's body is dropped by ``HeadRequests``).
    func getAndHead<Output: ResponseGenerator>(
        _ path: RouterPath, use handler: @escaping @Sendable (Request, Context) async throws -> Output
    ) {
        get(path, use: handler)
        head(path, use: handler)
    }
}
