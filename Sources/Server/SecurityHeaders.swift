import Hummingbird

/// Headers on every response: a Content-Security-Policy that allows no inline script and no third party, and
/// `X-Content-Type-Options: nosniff`. Rendered reports keep their inline styles (they are self-contained pages).
struct SecurityHeaders<Context: RequestContext>: RouterMiddleware {
    static var appPolicy: String {
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; media-src blob:; connect-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    }

    static var reportPolicy: String {
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'"
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let policy = request.uri.path.hasPrefix("/reports/") ? Self.reportPolicy : Self.appPolicy
        do {
            var response = try await next(request, context)
            response.headers[.contentSecurityPolicy] = policy
            response.headers[.xContentTypeOptions] = "nosniff"
            return response
        } catch let error as any HTTPResponseError {
            var response = try error.response(from: request, context: context)
            response.headers[.contentSecurityPolicy] = policy
            response.headers[.xContentTypeOptions] = "nosniff"
            return response
        }
    }
}
