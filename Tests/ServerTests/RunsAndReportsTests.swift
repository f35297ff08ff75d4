import Foundation
import Hummingbird
import HummingbirdTesting
import TestSupport
import Testing
@testable import Server

/// Several runs give a picker and answer by name; rendered reports are listed and served under their own policy.
@Suite struct RunsAndReportsTests {
    @Test func severalRunsGiveAPickerAndTheRunParameterChoosesOne() async throws {
        let fixture = try ServerFixture()
        let path = fixture.folder.file("run")
        let catalog = try RunCatalog(runs: [("first", path), ("second <b>", path)])
        let app = Application(router: try DigitbookServer(configuration: ServerConfiguration(), catalog: catalog).router())
        let png = try ServerFixture.barPNG()
        try await app.test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                let page = String(buffer: response.body)
                #expect(page.contains("<select id=\"run\" name=\"run\"><option>first</option><option>second &lt;b&gt;</option></select>"))
            }
            let headers: HTTPFields = [.contentType: "image/png"]
            try await client.execute(uri: "/api/predict?run=second%20%3Cb%3E", method: .post, headers: headers,
                                     body: ByteBuffer(bytes: png)) { response in
                #expect(String(buffer: response.body).contains("\"run\":\"second <b>\""))
            }
            try await client.execute(uri: "/api/predict", method: .post, headers: headers, body: ByteBuffer(bytes: png)) { response in
                #expect(String(buffer: response.body).contains("\"run\":\"first\""), "the first run is the default")
            }
            try await client.execute(uri: "/api/predict?run=third", method: .post, headers: headers,
                                     body: ByteBuffer(bytes: png)) { response in
                #expect(response.status == .notFound)
                #expect(String(buffer: response.body).contains("no run named third; runs: first, second <b>"))
            }
        }
    }

    @Test func reportsAreListedAndServedWithTheirOwnPolicy() async throws {
        let fixture = try ServerFixture()
        let site = TemporaryDirectory("reports")
        let page = Data("<!DOCTYPE html><title>Q</title><style>p{}</style><p>quick".utf8)
        try page.write(to: URL(fileURLWithPath: site.file("quick start.html")))
        try Data("not a page".utf8).write(to: URL(fileURLWithPath: site.file("notes.txt")))
        try await fixture.test({ $0.reports = site.path }) { client in
            try await client.execute(uri: "/reports/", method: .get) { response in
                let page = String(buffer: response.body)
                #expect(page.contains("<li><a href=\"/reports/quick%20start.html\">Q</a></li>"), "listed by its title")
                #expect(!page.contains("notes.txt"))
            }
            try await client.execute(uri: "/reports/quick%20start.html", method: .get) { response in
                #expect(response.status == .ok && String(buffer: response.body).hasSuffix("<p>quick"))
                let policy = response.headers[.contentSecurityPolicy] ?? ""
                #expect(policy.contains("style-src 'unsafe-inline'") && !policy.contains("script-src"))
            }
            try await client.execute(uri: "/reports/../Package.swift", method: .get) { response in
                #expect(response.status == .notFound || response.status == .badRequest)
            }
        }
    }
}
