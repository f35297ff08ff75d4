import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import Server

/// The page, its assets and the JSON API answer as documented.
@Suite struct ServerRouteTests {
    @Test func servesThePageWithItsOwnScriptAndStrictHeaders() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                let page = String(buffer: response.body)
                #expect(page.contains("<form id=\"upload\" method=\"post\" action=\"/predict\" enctype=\"multipart/form-data\">"))
                #expect(page.contains("<script src=\"/app.js\" defer></script>") && !page.contains("<script>"))
                let policy = response.headers[.contentSecurityPolicy] ?? ""
                #expect(policy.contains("script-src 'self'") && !policy.contains("unsafe-inline"))
                #expect(response.headers[.xContentTypeOptions] == "nosniff")
            }
            try await client.execute(uri: "/app.js", method: .get) { response in
                #expect(response.status == .ok && response.headers[.contentType]?.hasPrefix("text/javascript") == true)
                #expect(String(buffer: response.body).contains("/api/predict"))
            }
            try await client.execute(uri: "/openapi.yaml", method: .get) { response in
                #expect(String(buffer: response.body).hasPrefix("openapi: 3"))
                #expect(String(buffer: response.body).contains("schema: {type: string, enum: [\"tiny\"]}"), "the run names")
            }
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok && String(buffer: response.body) == "ok\n")
            }
        }
    }

    @Test func listsTheRuns() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            try await client.execute(uri: "/api/runs", method: .get) { response in
                let runs = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [[String: Any]]
                #expect(runs?.first?["name"] as? String == "tiny")
                #expect(runs?.first?["model"] as? String == "logreg")
                #expect(runs?.first?["parameters"] as? Int == 7_850)
                let test = try #require(fixture.catalog.entries.first?.model.record.finalTest)
                #expect(test.count == 30)
                #expect(runs?.first?["test_accuracy"] as? Double == test.accuracy)
            }
        }
    }

    @Test func readsARawPNGAndTheFilesOfAForm() async throws {
        let fixture = try ServerFixture()
        let png = try ServerFixture.barPNG()
        try await fixture.test { client in
            let raw = ByteBuffer(bytes: png)
            try await client.execute(uri: "/api/predict", method: .post, headers: [.contentType: "image/png"], body: raw) { response in
                #expect(response.status == .ok)
                let readings = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [[String: Any]]
                let reading = try #require(readings?.first)
                #expect((reading["probabilities"] as? [Double])?.count == 10)
                #expect((reading["preprocessed"] as? String)?.hasPrefix("data:image/png;base64,") == true)
                #expect(reading["width"] as? Int == 56 && reading["run"] as? String == "tiny")
                #expect(reading["digit"] is String)
                #expect(reading["chart"] == nil, "the chart is drawn only when asked for")
                #expect(reading["thumbnail"] == nil)
            }
            try await client.execute(uri: "/api/predict?chart=svg", method: .post, headers: [.contentType: "image/png"],
                                     body: raw) { response in
                let readings = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [[String: Any]]
                #expect((readings?.first?["chart"] as? String)?.hasPrefix("<svg role=\"img\" aria-label=\"") == true)
                #expect((readings?.first?["chart_description"] as? String)?.isEmpty == false)
            }
            try await client.execute(uri: "/api/predict?chart=png", method: .post, headers: [.contentType: "image/png"],
                                     body: raw) { response in
                #expect(response.status == .badRequest)
                #expect(String(buffer: response.body).contains("query parameter chart"))
            }
            let form = ServerFixture.multipart([("a.png", png), ("b.png", png)], run: "tiny")
            try await client.execute(uri: "/api/predict", method: .post,
                                     headers: [.contentType: "multipart/form-data; boundary=digitbook-boundary"], body: form) { response in
                let readings = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [[String: Any]]
                #expect(readings?.map { $0["file"] as? String } == ["a.png", "b.png"])
            }
        }
    }

    @Test func answersTheFormWithoutJavaScript() async throws {
        let fixture = try ServerFixture()
        let png = try ServerFixture.barPNG()
        try await fixture.test { client in
            let form = ServerFixture.multipart([("seven.png", png)])
            try await client.execute(uri: "/predict", method: .post,
                                     headers: [.contentType: "multipart/form-data; boundary=digitbook-boundary"], body: form) { response in
                #expect(response.status == .ok)
                let page = String(buffer: response.body)
                #expect(page.contains("<p class=\"digit\" aria-label=\"Predicted digit\">"))
                #expect(page.contains("What the network sees") && page.contains("<figure class=\"chart\"><svg role=\"img\" aria-label=\""))
                #expect(!page.contains(" style=\""), "the policy forbids inline styles, so the chart must not need them")
                #expect(page.contains("<img class=\"upload\" src=\"data:image/png;base64,"), "the page shows the upload, reduced")
            }
            let two = ServerFixture.multipart([("a \"b\".png", png), ("c.png", png)])
            try await client.execute(uri: "/predict", method: .post,
                                     headers: [.contentType: "multipart/form-data; boundary=digitbook-boundary"], body: two) { response in
                let page = String(buffer: response.body)
                #expect(page.contains("<table>") && page.contains("<a download=\"digits.csv\" href=\"data:text/csv;charset=utf-8,"))
                let after = page.components(separatedBy: "data:text/csv;charset=utf-8,").last
                let link = try #require(after?.components(separatedBy: "\"").first)
                let csv = try #require(link.removingPercentEncoding).split(separator: "\n")
                #expect(csv.count == 3 && csv[0] == "file,digit,probability,error")
                #expect(csv[1].hasPrefix("\"a \"\"b\"\".png\",") && csv[1].hasSuffix(","), "no error for a file that was read")
            }
            let text = ServerFixture.multipart([("notes.png", Array("hello".utf8))])
            try await client.execute(uri: "/predict", method: .post,
                                     headers: [.contentType: "multipart/form-data; boundary=digitbook-boundary"], body: text) { response in
                #expect(response.status == .unsupportedMediaType)
                #expect(String(buffer: response.body).contains("notes.png: not a PNG or JPEG image (it looks like text)"))
            }
        }
    }
}

/// The whole server on a real socket, on a port the system chooses.
@Suite struct ServerLiveTests {
    @Test func answersOverTheNetwork() async throws {
        let fixture = try ServerFixture()
        let server = try fixture.server { $0.port = 0 }
        let app = Application(router: server.router(), configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        let png = try ServerFixture.barPNG()
        try await app.test(.live) { client in
            try await client.execute(uri: "/healthz", method: .get) { response in #expect(response.status == .ok) }
            try await client.execute(uri: "/api/predict", method: .post, headers: [.contentType: "image/png"],
                                     body: ByteBuffer(bytes: png)) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("\"run\":\"tiny\""))
            }
        }
    }
}
