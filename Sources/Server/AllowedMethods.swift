import Hummingbird

/// Answers a method a route does not take with 405 and an `Allow` header, rather than the router's 404.
struct AllowedMethods<Context: RequestContext>: RouterMiddleware {
    /// The methods each exact path takes (HEAD goes with GET).
    let methods: [String: [HTTPRequest.Method]]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let allowed = methods[request.uri.path], !allowed.contains(request.method),
           !(request.method == .head && allowed.contains(.get)) {
            let names = allowed.map(\.rawValue).joined(separator: ", ")
            throw ServerError(.methodNotAllowed, "\(request.uri.path) takes \(names)", headers: [.allow: names])
        }
        return try await next(request, context)
    }
}
