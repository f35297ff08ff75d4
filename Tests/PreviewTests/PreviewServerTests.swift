import Foundation
import Hummingbird
import HummingbirdTesting
import LiterateReport
import Testing
@testable import Preview

@Suite("The preview's server: its page, the status it polls, the report, loopback only")
struct PreviewServerTests {
    @Test("Before the first render the frame says why there is no page; after it, the report and its status")
    func pageAndStatus() async throws {
        let fixture = try PreviewFixture(source: PreviewFixture.source(prose: "Hello from the preview."))
        let session = fixture.session
        let app = Application(router: PreviewServer(session: session, port: 0).router())
        try await app.test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                let body = String(buffer: response.body)
                #expect(body.contains("<iframe id=\"report\" title=\"The rendered report\" src=\"/page\">"))
                #expect(body.contains("<script src=\"/preview.js\" defer>"))
                #expect(response.headers[.contentSecurityPolicy]?.contains("frame-ancestors 'none'") == true)
            }
            try await client.execute(uri: "/page", method: .get) { response in
                #expect(String(buffer: response.body).contains("The report appears here once it has rendered"))
            }
            session.renderOnce()
            try await client.execute(uri: "/page", method: .get) { response in
                #expect(String(buffer: response.body).contains("Hello from the preview."))
                #expect(response.headers[.contentSecurityPolicy]?.contains("frame-ancestors 'self'") == true)
                #expect(response.headers[.contentSecurityPolicy]?.contains("script-src") == false)
            }
            try await client.execute(uri: "/status", method: .get) { response in
                let status = try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as? [String: Any]
                #expect(status?["generation"] as? Int == 1)
                #expect(status?["rendering"] as? Bool == false)
                #expect((status?["errors"] as? [String])?.isEmpty == true)
                #expect((status?["summary"] as? String)?.hasPrefix("1 cell: 0 from the cache, 1 computed") == true)
            }
            try await client.execute(uri: "/preview.js", method: .get) { response in
                #expect(String(buffer: response.body).contains("fetch(\"/status\""))
            }
        }
    }

    @Test("Only loopback names are answered (.ci/preview_check.py sends another host and gets 421)")
    func loopbackNames() {
        #expect(PreviewHeaders<BasicRequestContext>.isLoopback("[::1]:80"))
        #expect(PreviewHeaders<BasicRequestContext>.isLoopback("127.0.0.1"))
        #expect(PreviewHeaders<BasicRequestContext>.isLoopback("LOCALHOST:4848"))
        #expect(!PreviewHeaders<BasicRequestContext>.isLoopback("127.0.0.1.example.com:80"))
        #expect(!PreviewHeaders<BasicRequestContext>.isLoopback("attacker.example:4848"))
        for trick in ["localhost:evil.com", "127.0.0.1:x.evil.com", "[::1]evil.com", "localhost:33835@evil.com", "localhost:", "127.1"] {
            #expect(!PreviewHeaders<BasicRequestContext>.isLoopback(trick), "\(trick)")
        }
    }

    @Test("The page's progress line follows the render's events")
    func progressLine() throws {
        let fixture = try PreviewFixture()
        let document = try ReportDocument(contentsOf: fixture.session.source)
        let cell = try #require(document.cells.first)
        var progress = PreviewProgress()
        progress.handle(.sweepRun(number: 7, total: 24))
        progress.handle(.cellStarted(index: 2, count: 9, cell: cell, cached: false))
        #expect(progress.line == "cell 3 of 9, run 7 of 24 of the sweep, train first (line 8): computing")
        progress.handle(.training(cellID: "first", event: .batch(epoch: 2, batch: 400, batches: 1_563, loss: 0.3, accuracy: 0.9)))
        #expect(progress.line == "cell 3 of 9, run 7 of 24 of the sweep, train first (line 8): epoch 2, batch 400 of 1,563")
        progress.handle(.cellStarted(index: 3, count: 9, cell: cell, cached: true))
        #expect(progress.line == "cell 4 of 9, train first (line 8): from the cache")
    }
}
