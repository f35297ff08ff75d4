import Foundation
import Hummingbird
import HummingbirdTesting
import TestSupport
import Testing
import UserImages
@testable import Server

/// HEAD answers like GET without the body; a body that is not a whole form, or is too much, is refused in words.
@Suite struct HeadAndRefusalTests {
    static let multipartType: HTTPFields = [.contentType: "multipart/form-data; boundary=digitbook-boundary"]

    @Test(arguments: ["/", "/healthz", "/api/runs"])
    func headAnswersLikeGetWithoutABody(_ path: String) async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            let length = try await client.execute(uri: path, method: .get) { $0.body.readableBytes }
            try await client.execute(uri: path, method: .head) { response in
                #expect(response.status == .ok)
                #expect(response.body.readableBytes == 0)
                #expect(response.headers[.contentLength] == "\(length)")
            }
        }
    }

    @Test func aHeadRequestKeepsTheConnectionInStep() async throws {
        let fixture = try ServerFixture()
        try await LiveServer.serving(fixture) { port in
            let connection = try #require(RawHTTPConnection(port: port))
            #expect(connection.send(Array("HEAD /healthz HTTP/1.1\r\nHost: x\r\n\r\nGET /healthz HTTP/1.1\r\nHost: x\r\n\r\n".utf8)))
            let answer = await connection.receive(until: "ok\n")
            #expect(answer.components(separatedBy: "HTTP/1.1 200 OK").count == 3, "\(answer)")
            #expect(answer.hasSuffix("\r\n\r\nok\n"), "only the GET has a body: \(answer)")
        }
    }

    @Test(arguments: [
        "this is not a multipart body at all",
        "--digitbook-boundary\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"a.png\"\r\n\r\n\u{89}PNG",
        "",
        "--digitbook-boundary--\r\n",
    ])
    func garbageTruncatedOrEmptyFormsAre400(_ body: String) async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            for path in ["/api/predict", "/api/number"] {
                let form = ByteBuffer(string: body)
                try await client.execute(uri: path, method: .post, headers: Self.multipartType, body: form) { response in
                    #expect(response.status == .badRequest, "\(path): \(body.debugDescription)")
                    #expect(String(buffer: response.body).hasPrefix("{\"error\":"))
                }
            }
        }
    }

    @Test func aBodyOverTheLimitIs413WithTheJSONErrorAndAPageForTheForm() async throws {
        let fixture = try ServerFixture()
        try await fixture.test({ $0.maxUploadBytes = 4_096 }) { client in
            let big = ByteBuffer(bytes: Array(repeating: 0x89, count: 10_000))
            try await client.execute(uri: "/api/predict", method: .post, headers: [.contentType: "image/png"], body: big) { response in
                #expect(response.status == .contentTooLarge)
                let object = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
                #expect((object?["error"] as? String)?.contains("larger than the 1 MB allowed") == true)
            }
            try await client.execute(uri: "/predict", method: .post, headers: Self.multipartType, body: big) { response in
                #expect(response.status == .contentTooLarge)
                #expect(response.headers[.contentType]?.hasPrefix("text/html") == true)
                #expect(String(buffer: response.body).contains("larger than the 1 MB allowed"))
            }
        }
    }

    @Test func tooManyImagesPartsOrPixelsInOneRequestAre413BeforeDecoding() async throws {
        let fixture = try ServerFixture()
        let png = try ServerFixture.barPNG()
        let large = try PNGFixtures.declaring(width: 6_000, height: 6_000)  // 36 megapixels, under the per-image limit
        try await fixture.test({ $0.budget.maximumImages = 3; $0.budget.maximumParts = 5 }) { client in
            let cases: [(ByteBuffer, String)] = [
                (ServerFixture.multipart(Array(repeating: ("a.png", png), count: 4)), "4 images; at most 3"),
                (ServerFixture.multipart(Array(repeating: ("a.png", png), count: 6)), "6 parts; at most 5"),
                (ServerFixture.multipart(Array(repeating: ("big.png", large), count: 3)), "declare 108 megapixels together"),
            ]
            for (form, expected) in cases {
                for path in ["/api/predict", "/api/number"] {
                    try await client.execute(uri: path, method: .post, headers: Self.multipartType, body: form) { response in
                        #expect(response.status == .contentTooLarge)
                        #expect(String(buffer: response.body).contains(expected), "\(String(buffer: response.body))")
                    }
                }
            }
        }
    }

    @Test func onlyUploadsThatWereReadAreKept() async throws {
        let fixture = try ServerFixture()
        let kept = TemporaryDirectory("kept")
        let png = try ServerFixture.barPNG()
        try await fixture.test({ $0.keepUploads = kept.path }) { client in
            let text = ServerFixture.multipart([("notes.png", Array("hello".utf8))])
            try await client.execute(uri: "/api/predict", method: .post, headers: Self.multipartType, body: text) { response in
                #expect(response.status == .unsupportedMediaType)
            }
            try await client.execute(uri: "/predict", method: .post, headers: Self.multipartType, body: text) { response in
                #expect(response.status == .unsupportedMediaType)
            }
            #expect(kept.entries().isEmpty, "a refused file is not kept: \(kept.entries())")
            try await client.execute(uri: "/api/predict", method: .post, headers: Self.multipartType,
                                     body: ServerFixture.multipart([("a.png", png)])) { response in
                #expect(response.status == .ok)
            }
            #expect(kept.entries().count == 1)
        }
    }
}
