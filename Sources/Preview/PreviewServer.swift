import Foundation
import Hummingbird
import HummingbirdCore
import Server
import UnixSignals

/// The web server of `digitbook preview`, on loopback only: the preview page, its script and stylesheet, the status
/// the page polls, and the report's last good page.
public struct PreviewServer: Sendable {
    public let session: PreviewSession
    /// The port to listen on (0: any free port).
    public let port: Int

    public init(session: PreviewSession, port: Int) {
        self.session = session
        self.port = port
    }

    /// The routes, behind headers that keep the report to its frame and allow the preview's own script only.
    public func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: PreviewHeaders())
        let session = session
        let shell = PreviewPage.html(source: session.source)
        router.get("/") { _, _ in response(shell, type: "text/html; charset=utf-8") }
        router.get("/preview.js") { _, _ in response(PackageResources.preview_js, type: "text/javascript; charset=utf-8") }
        router.get("/preview.css") { _, _ in response(PackageResources.preview_css, type: "text/css; charset=utf-8") }
        router.get("/status") { _, _ in response(session.status.json, type: "application/json; charset=utf-8") }
        router.get("/page") { _, _ in
            response(session.page ?? PreviewPage.placeholder, type: "text/html; charset=utf-8")
        }
        return router
    }

    /// Serves on 127.0.0.1 until one of `signals`, with the session rendering beside it; `announce` hears the address
    /// once the port is bound.
    public func run(signals: [UnixSignal] = [.sigint, .sigterm], announce: @escaping @Sendable (String) -> Void) async throws {
        defer { session.stop() }
        let session = session
        let router = router()
        let address = BindAddress.hostname("127.0.0.1", port: port)
        try await ListeningService.run(host: "127.0.0.1", port: port, shutdownSeconds: 2, signals: signals,
                                       announce: announce) { listening in
            // Rendering starts once the port is bound, so a port in use is said before anything is computed; a connection
            // idle for 30 s is closed, so idle clients cannot use up the process's files.
            Application(router: router, server: .http1(configuration: .init(idleTimeout: .seconds(30))),
                        configuration: .init(address: address, serverName: "digitbook-preview"),
                        onServerRunning: { channel in
                            await listening(channel.localAddress?.port)
                            session.start()
                        })
        }
    }
}

private func response(_ text: String, type: String) -> Response {
    response(Array(text.utf8), type: type)
}

private func response(_ bytes: [UInt8], type: String) -> Response {
    Response(status: .ok, headers: [.contentType: type, .cacheControl: "no-store"], body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
}

/// Headers on every preview response: the report (`/page`) may sit only in the preview's own frame and runs no script;
/// the preview page runs only its own script. Requests naming another host are refused (421), so a web page elsewhere
/// cannot read the preview through a name that resolves to 127.0.0.1.
struct PreviewHeaders<Context: RequestContext>: RouterMiddleware {
    static var pagePolicy: String {
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'self'; base-uri 'none'"
    }
    static var framePolicy: String {
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; frame-src 'self'; "
            + "img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let host = request.head.authority, !Self.isLoopback(host) {
            return Response(status: .misdirectedRequest, headers: [.contentType: "text/plain; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(string: "digitbook preview answers only to 127.0.0.1 and localhost\n")))
        }
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] = request.uri.path == "/page" ? Self.pagePolicy : Self.framePolicy
        response.headers[.xContentTypeOptions] = "nosniff"
        return response
    }

    /// Whether `authority` (`HOST[:PORT]`) names this machine's loopback, and nothing else after it.
    static func isLoopback(_ authority: String) -> Bool {
        let lowered = authority.lowercased()
        for host in ["127.0.0.1", "localhost", "[::1]"] where lowered.hasPrefix(host) {
            let rest = lowered.dropFirst(host.count)
            return rest.isEmpty || (rest.first == ":" && rest.count > 1 && rest.dropFirst().allSatisfy(\.isASCII)
                && rest.dropFirst().allSatisfy(\.isNumber))
        }
        return false
    }
}
