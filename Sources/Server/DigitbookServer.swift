import FileIO
import Foundation
import Hummingbird
import HummingbirdCore
import Pages

/// The web server of `digitbook serve`: the upload-and-predict page, its JSON API and rendered reports.
public struct DigitbookServer: Sendable {
    public let configuration: ServerConfiguration
    public let catalog: RunCatalog
    let assets: Assets

    public init(configuration: ServerConfiguration, catalog: RunCatalog) throws(FileError) {
        self.configuration = configuration
        self.catalog = catalog
        assets = try Assets()
    }

    /// Every route, behind the security headers.
    public func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: SecurityHeaders())
        router.add(middleware: AllowedMethods(methods: [
            "/": [.get], "/app.js": [.get], "/app.css": [.get], "/openapi.yaml": [.get], "/healthz": [.get], "/api/runs": [.get],
            "/api/predict": [.post], "/api/number": [.post], "/predict": [.post], "/reports/": [.get],
        ]))
        let reader = DigitReader(catalog: catalog, configuration: configuration)
        let uploads = UploadKeeper(folder: configuration.keepUploads)
        let limit = configuration.maxUploadBytes
        let runNames = catalog.entries.map(\.name)

        router.get("/") { _, _ in html(HomePage.html(runs: runNames, maxUploadMB: max(1, limit >> 20))) }
        router.get("/app.js") { _, _ in asset(assets.script, type: "text/javascript; charset=utf-8") }
        router.get("/app.css") { _, _ in asset(assets.style, type: "text/css; charset=utf-8") }
        router.get("/openapi.yaml") { _, _ in asset(assets.openAPI, type: "application/yaml; charset=utf-8") }
        router.get("/healthz") { _, _ in "ok\n" }
        router.get("/api/runs") { _, _ in json(RunListing(catalog).text) }

        router.post("/api/predict") { request, _ in
            var request = request
            let body = try await request.collectBody(upTo: limit)
            let form = try Upload.files(in: request, body: Array(body.readableBytesView))
            try uploads.keep(form.uploads)
            let query = request.uri.queryParameters
            let chart = try ChartOption(query.get("chart")).included
            return try json(ReadingsJSON.text(await reader.read(form.uploads, run: query.get("run") ?? form.run, chart: chart)))
        }
        router.post("/api/number") { request, _ in
            var request = request
            let body = try await request.collectBody(upTo: limit)
            let form = try Upload.files(in: request, body: Array(body.readableBytesView))
            guard !form.uploads.isEmpty else { throw ServerError(.badRequest, "the request has no image") }
            try uploads.keep(form.uploads)
            let query = request.uri.queryParameters
            let picture = try ChartOption(query.get("picture"), parameter: "picture").included
            return try json(ReadingsJSON.text(reader.readNumbers(form.uploads, run: query.get("run") ?? form.run,
                                                                       picture: picture)))
        }
        router.post("/predict") { request, _ in
            var request = request
            do {
                let body = try await request.collectBody(upTo: limit)
                let form = try Upload.files(in: request, body: Array(body.readableBytesView))
                guard !form.uploads.isEmpty else { throw ServerError(.badRequest, "choose at least one image") }
                try uploads.keep(form.uploads)
                if form.number { return html(NumberResultPage.html(try reader.readNumbers(form.uploads, run: form.run, picture: true))) }
                return html(ResultPage.html(try await reader.read(form.uploads, run: form.run, chart: true, thumbnail: true)))
            } catch let error as ServerError {
                return html(ErrorPage.html(error.message), status: error.status)
            } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
                return html(ErrorPage.html("the upload is larger than the \(limit >> 20) MB allowed"), status: .contentTooLarge)
            }
        }
        if let reports = configuration.reports {
            router.get("/reports/") { _, _ in html(ReportIndex.html(folder: reports)) }
            router.add(middleware: FileMiddleware(reports, urlBasePath: "/reports", searchForIndexHtml: false))
        }
        return router
    }

    /// The application, listening where the configuration says, with an idle timeout and a connection limit;
    /// `listening` learns the port it listens on (the system's choice when the configuration says 0).
    public func application(listening: @escaping @Sendable (Int?) async -> Void = { _ in }) -> some ApplicationProtocol {
        Application(
            router: router(),
            server: .http1(configuration: .init(idleTimeout: .seconds(configuration.idleTimeoutSeconds))),
            configuration: .init(
                address: .hostname(configuration.host, port: configuration.port), serverName: "digitbook",
                availableConnectionsDelegate: MaximumAvailableConnections(configuration.maxConnections)),
            onServerRunning: { channel in await listening(channel.localAddress?.port) })
    }
}

private func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
    Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: text)))
}

private func json(_ text: String) -> Response {
    Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: text)))
}

private func asset(_ bytes: [UInt8], type: String) -> Response {
    Response(status: .ok, headers: [.contentType: type, .cacheControl: "no-cache"], body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
}
