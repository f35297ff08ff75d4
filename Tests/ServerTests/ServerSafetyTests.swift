import Foundation
import Hummingbird
import HummingbirdTesting
import TestSupport
import Testing
import UserImages
@testable import Server

/// Bad input gets the right 4xx and a message in words, never a 5xx; uploads stay off the disk unless asked.
@Suite struct ServerSafetyTests {
    static let multipartType: HTTPFields = [.contentType: "multipart/form-data; boundary=digitbook-boundary"]

    /// The status and error message of `POST /api/predict` with a raw body.
    func predict(
        _ body: [UInt8], type: String = "image/png", in client: any TestClientProtocol
    ) async throws -> (HTTPResponse.Status, String) {
        let headers: HTTPFields = [.contentType: type]
        return try await client.execute(uri: "/api/predict", method: .post, headers: headers, body: ByteBuffer(bytes: body)) { response in
            let object = try? JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
            return (response.status, object?["error"] as? String ?? "")
        }
    }

    @Test(arguments: [
        (Array("GIF89a\u{1}\u{0}\u{1}\u{0}".utf8), "a GIF image"),
        (Array("RIFF\u{10}\u{0}\u{0}\u{0}WEBPVP8 ".utf8), "a WebP image"),
        ([0, 0, 0, 24] + Array("ftypheic\u{0}\u{0}\u{0}\u{0}".utf8), "a HEIC/HEIF image"),
        (Array("%PDF-1.7\n".utf8), "a PDF document"),
        (Array("just some text\n".utf8), "it looks like text"),
    ])
    func whatIsNotAPNGOrJPEGGets415NamingWhatItIs(_ bytes: [UInt8], _ named: String) async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            // The Content-Type claims PNG; the bytes decide.
            let (status, message) = try await predict(bytes, in: client)
            #expect(status == .unsupportedMediaType)
            #expect(message.contains(named), "\(message)")
        }
    }

    @Test func brokenEmptyAndBlankImagesGet400() async throws {
        let fixture = try ServerFixture()
        let png = try ServerFixture.barPNG()
        let blank = try PNGCodec.encode(GreyImage(width: 40, height: 40, pixels: Array(repeating: 255, count: 1_600))!)
        try await fixture.test { client in
            let truncated = try await predict(Array(png.prefix(60)), in: client)
            #expect(truncated.0 == .badRequest && truncated.1.contains("upload:"), "\(truncated.1)")
            let empty = try await predict([], in: client)
            #expect(empty.0 == .badRequest)
            let white = try await predict(blank, in: client)
            #expect(white.0 == .badRequest && white.1.contains("no digit found"), "\(white.1)")
        }
    }

    @Test func aBodyOverTheLimitGets413AndAPixelFloodIsRefusedBeforeDecoding() async throws {
        let fixture = try ServerFixture()
        try await fixture.test({ $0.maxUploadBytes = 4_096 }) { client in
            let (status, _) = try await predict(Array(repeating: 0x89, count: 10_000), in: client)
            #expect(status == .contentTooLarge)
        }
        // A file of a few dozen bytes whose header declares 50,000 x 50,000 pixels (2.5 gigapixels).
        let flood = try PNGFixtures.declaring(width: 50_000, height: 50_000)
        #expect(flood.count < 100)
        try await fixture.test { client in
            let (status, message) = try await predict(flood, in: client)
            #expect(status == .contentTooLarge)
            #expect(message.contains("the image is 50000x50000, over the limit"), "\(message)")
        }
    }

    @Test func malformedRequestsGet4xxAndTheServerKeepsAnswering() async throws {
        let fixture = try ServerFixture()
        let png = try ServerFixture.barPNG()
        try await fixture.test { client in
            for type in ["multipart/form-data; boundary=", "multipart/form-data", "text/plain", "application/json"] {
                let (status, _) = try await predict(png, type: type, in: client)
                #expect((400..<500).contains(status.code), "\(type): \(status)")
            }
            let garbage = ByteBuffer(string: "--digitbook-boundary\r\nno headers end here")
            try await client.execute(uri: "/api/predict", method: .post, headers: Self.multipartType, body: garbage) { response in
                #expect((400..<500).contains(response.status.code))
            }
            try await client.execute(uri: "/api/predict?run=nope", method: .post, headers: [.contentType: "image/png"],
                                     body: ByteBuffer(bytes: png)) { response in
                #expect(response.status == .notFound)
                #expect(String(buffer: response.body).contains("no run named nope; runs: tiny"))
            }
            try await client.execute(uri: "/healthz", method: .get) { response in #expect(response.status == .ok) }
        }
    }

    @Test func uploadsAreKeptOnlyWhenAskedAndNeverUnderTheClientsName() async throws {
        let fixture = try ServerFixture()
        let kept = TemporaryDirectory("kept")
        let png = try ServerFixture.barPNG()
        let form = ServerFixture.multipart([("../../etc/evil.png", png)])
        try await fixture.test { client in
            try await client.execute(uri: "/api/predict", method: .post, headers: Self.multipartType, body: form) { response in
                #expect(response.status == .ok)
            }
        }
        #expect(kept.entries().isEmpty)
        try await fixture.test({ $0.keepUploads = kept.path }) { client in
            try await client.execute(uri: "/api/predict", method: .post, headers: Self.multipartType, body: form) { response in
                #expect(response.status == .ok)
            }
        }
        let names = kept.entries()
        #expect(names.count == 1 && names.allSatisfy { $0.hasSuffix(".png") && !$0.contains("evil") })
    }
}

/// Inputs found by fuzzing the API against its OpenAPI document (schemathesis), kept as regressions.
@Suite struct ServerFuzzRegressionTests {
    @Test func aNonASCIIHeaderNameInAMultipartPartIs400NotATrap() async throws {
        let fixture = try ServerFixture()
        let boundary = "be1af1bfa166ca0e9c768eb3c20aa4e2"
        var bytes = Array("--\(boundary)\r\ng*".utf8)
        bytes += [0xF3, 0xBC, 0x86, 0x87, 0xF3, 0xBA, 0x91, 0x91]
        bytes += Array("{)(--\(boundary)--\r\n".utf8)
        let body = ByteBuffer(bytes: bytes)
        try await fixture.test { client in
            try await client.execute(uri: "/api/predict", method: .post,
                                     headers: [.contentType: "multipart/form-data; boundary=\(boundary)"], body: body) { response in
                #expect(response.status == .badRequest)
                #expect(String(buffer: response.body).contains("multipart/form-data body"))
            }
            try await client.execute(uri: "/healthz", method: .get) { response in #expect(response.status == .ok) }
        }
    }

    @Test func anUndeclaredMethodIs405WithAllow() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            try await client.execute(uri: "/healthz", method: .delete) { response in
                #expect(response.status == .methodNotAllowed)
                #expect(response.headers[.allow] == "GET")
            }
            try await client.execute(uri: "/api/predict", method: .get) { response in
                #expect(response.status == .methodNotAllowed && response.headers[.allow] == "POST")
            }
        }
    }
}
