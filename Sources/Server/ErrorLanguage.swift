import Hummingbird
import Localization

/// Says a refused request's message in the reader's language (`?lang=`, else `Accept-Language`), as the pages and the
/// API's sentences are said; the status, the JSON field `error` and the codes stay as they are.
struct ErrorLanguage<Context: RequestContext>: RouterMiddleware {
    let catalogues: Catalogues

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as ServerError {
            throw error.speaking(ReaderLanguage(request, catalogues: catalogues).catalogue)
        }
    }
}
