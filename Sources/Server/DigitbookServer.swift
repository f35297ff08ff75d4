import FileIO
import Foundation
import Hummingbird
import HummingbirdCore
import Localization
import Pages

/// The web server of `digitbook serve`: the upload-and-predict page, its JSON API and rendered reports.
public struct DigitbookServer: Sendable {
    public let configuration: ServerConfiguration
    public let catalog: RunCatalog
    let assets: Assets

    /// A server for `catalog`; a reports folder that is not a readable folder is an error here, before any port is bound.
    public init(configuration: ServerConfiguration, catalog: RunCatalog) throws(FileError) {
        self.configuration = configuration
        self.catalog = catalog
        assets = Assets()
        if let reports = configuration.reports {
            _ = try ContainedFolder(reports).folder("")
        }
    }

    /// Every route, behind the security headers.
    public func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: HeadRequests())
        router.add(middleware: SecurityHeaders())
        router.add(middleware: ErrorLanguage(catalogues: Catalogues.compiledIn))
        router.add(middleware: AllowedMethods(methods: [
            "/": [.get], "/app.js": [.get], "/app.css": [.get], "/openapi.yaml": [.get], "/healthz": [.get], "/api/runs": [.get],
            "/api/speech": [.get],
            "/api/predict": [.post], "/api/number": [.post], "/predict": [.post], "/reports/": [.get],
        ]))
        let reader = DigitReader(catalog: catalog, configuration: configuration, lanes: DecodingLanes(configuration: configuration))
        let uploads = UploadKeeper(folder: configuration.keepUploads)
        let limit = configuration.maxUploadBytes
        let runNames = catalog.entries.map(\.name)

        let catalogues = Catalogues.compiledIn
        let speech = configuration.speech
        router.getAndHead("/") { request, _ in
            html(HomePage.html(runs: runNames, maxUploadMB: max(1, limit >> 20), reports: configuration.reports != nil,
                               speech: speech != nil, language: ReaderLanguage(request, catalogues: catalogues),
                               catalogues: catalogues))
        }
        router.getAndHead("/app.js") { _, _ in asset(assets.script, type: "text/javascript; charset=utf-8") }
        router.getAndHead("/app.css") { _, _ in asset(assets.style, type: "text/css; charset=utf-8") }
        let openAPI = assets.openAPI(runs: runNames)
        router.getAndHead("/openapi.yaml") { _, _ in asset(openAPI, type: "application/yaml; charset=utf-8") }
        router.getAndHead("/healthz") { _, _ in "ok\n" }
        router.getAndHead("/examples/:file") { _, context in
            let file = context.parameters.get("file") ?? ""
            guard file.hasPrefix("digit-"), file.hasSuffix(".png"), let png = ExampleDigits.image(String(file.dropFirst(6).dropLast(4)))
            else { throw ServerError(.notFound, "no such example: the examples are /examples/digit-0.png to digit-9.png") }
            return Response(status: .ok, headers: [.contentType: "image/png", .cacheControl: "max-age=86400"],
                            body: .init(byteBuffer: ByteBuffer(bytes: png)))
        }
        // An example read without JavaScript: the result page, as for an upload of that image.
        router.getAndHead("/example/:digit") { request, context in
            let language = ReaderLanguage(request, catalogues: catalogues)
            let digit = context.parameters.get("digit") ?? ""
            guard let png = ExampleDigits.image(digit) else {
                return html(ErrorPage.html("no such example: the examples are the digits 0 to 9", language: language), status: .notFound)
            }
            let upload = DigitReader.Upload(file: "example-\(digit).png", bytes: png)
            do {
                let readings = try await reader.read([upload], run: request.uri.queryParameters.get("run"), chart: true,
                                                     thumbnail: true, words: language.words)
                return html(ResultPage.html(readings, language: language))
            } catch let error as ServerError {
                return html(ErrorPage.html(error.speaking(language.catalogue).message, language: language), status: error.status)
            }
        }
        router.getAndHead("/api/speech") { request, _ in
            guard let speech else { throw ServerError(.notFound, "speech is not available: espeak-ng is not installed here") }
            let query = request.uri.queryParameters
            let language = ReaderLanguage(request, catalogues: catalogues).catalogue.language.tag
            let sound = try await speech.wav(query.get("text") ?? "", language: language)
            return Response(status: .ok, headers: [.contentType: "audio/wav", .cacheControl: "no-store"],
                            body: .init(byteBuffer: ByteBuffer(bytes: sound)))
        }
        router.getAndHead("/api/runs") { _, _ in json(RunListing(catalog).text) }

        // Uploads are kept only once they have been read, so a refused file is never kept.
        router.post("/api/predict") { request, _ in
            let form = try await Upload.form(of: request, limit: limit, budget: configuration.budget)
            let query = request.uri.queryParameters
            let chart = try ChartOption(query.get("chart")).included
            let words = ReaderLanguage(request, catalogues: catalogues).words
            let readings = try await reader.read(form.uploads, run: query.get("run") ?? form.run, chart: chart, words: words)
            try uploads.keep(form.uploads, readAs: readings)
            return try json(ReadingsJSON.text(readings, words: words))
        }
        router.post("/api/number") { request, _ in
            let form = try await Upload.form(of: request, limit: limit, budget: configuration.budget)
            let query = request.uri.queryParameters
            let picture = try ChartOption(query.get("picture"), parameter: "picture").included
            let words = ReaderLanguage(request, catalogues: catalogues).words
            let readings = try await reader.readNumbers(form.uploads, run: query.get("run") ?? form.run, picture: picture,
                                                        words: LocalWords(words.catalogue))
            try uploads.keep(form.uploads, readAs: readings)
            return try json(ReadingsJSON.text(readings, words: words))
        }
        router.post("/predict") { request, _ in
            let language = ReaderLanguage(request, catalogues: catalogues)
            do {
                let form = try await Upload.form(of: request, limit: limit, budget: configuration.budget)
                if form.number {
                    let results = try await reader.readNumbers(form.uploads, run: form.run, picture: true,
                                                               words: LocalWords(language.catalogue))
                    try uploads.keep(form.uploads, readAs: results)
                    return html(NumberResultPage.html(results, language: language))
                }
                let readings = try await reader.read(form.uploads, run: form.run, chart: true, thumbnail: true, words: language.words)
                try uploads.keep(form.uploads, readAs: readings)
                return html(ResultPage.html(readings, language: language))
            } catch let error as ServerError {
                return html(ErrorPage.html(error.speaking(language.catalogue).message, language: language), status: error.status)
            }
        }
        if let reports = configuration.reports {
            let files = ReportFiles(reports)
            router.getAndHead("/reports/") { request, _ in
                html(ReportIndex.html(pages: await files.pageTitles(), language: ReaderLanguage(request, catalogues: catalogues)))
            }
            router.getAndHead("/reports/**") { request, _ in try files.response(forPath: request.uri.path) }
        }
        return router
    }

    /// The application, listening where the configuration says, with an idle timeout and the connection rule of
    /// ``ConnectionTable``; `listening` learns the port it listens on (the system's choice when the configuration says 0).
    public func application(listening: @escaping @Sendable (Int?) async -> Void = { _ in }) -> some ApplicationProtocol {
        let connections = ConnectionGuard(maximum: configuration.maxConnections, perClient: configuration.maxConnectionsPerClient)
        let http = HTTP1Channel.Configuration(idleTimeout: .seconds(configuration.idleTimeoutSeconds))
        return Application(
            router: router(),
            server: GuardedHTTP1Channel.server(configuration: http, connections: connections),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "digitbook"),
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
