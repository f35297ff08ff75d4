import Foundation
import Hummingbird
import HummingbirdTesting
import TestSupport
import Testing
@testable import Server

/// A run whose outputs are not numbers is answered with 422 naming the run, never a 500, and the server goes on.
@Suite struct NonFiniteRunTests {
    /// The fixture's run with every weight set to 3e38: finite, but the logits overflow to infinity.
    static func overflowingCatalog(_ fixture: ServerFixture) throws -> RunCatalog {
        let run = fixture.folder.file("run")
        let broken = fixture.folder.file("broken")
        try FileManager.default.copyItem(atPath: run, toPath: broken)
        let path = broken + "/model.safetensors"
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let header = bytes[0..<8].enumerated().reduce(0) { $0 | Int($1.element) << (8 * $1.offset) }
        let huge = Float(3e38).bitPattern
        for offset in stride(from: 8 + header, to: bytes.count - 3, by: 4) {
            for index in 0..<4 { bytes[offset + index] = UInt8(truncatingIfNeeded: huge >> (8 * index)) }
        }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return try RunCatalog(runs: [("broken", broken), ("tiny", run)])
    }

    @Test func everyRouteAnswers422NamingTheRun() async throws {
        let fixture = try ServerFixture()
        let catalog = try Self.overflowingCatalog(fixture)
        let app = Application(router: try DigitbookServer(configuration: ServerConfiguration(), catalog: catalog).router())
        let png = try ServerFixture.barPNG()
        try await app.test(.router) { client in
            for path in ["/api/predict", "/api/number"] {
                let body = ByteBuffer(bytes: png)
                try await client.execute(uri: path, method: .post, headers: [.contentType: "image/png"], body: body) { response in
                    #expect(response.status == .unprocessableContent, "\(path)")
                    let text = String(buffer: response.body)
                    #expect(text.hasPrefix("{\"error\":\"run broken cannot answer") && text.contains("not a number"), "\(text)")
                    #expect(!text.contains("/"), "the run's folder on the server is not told: \(text)")
                }
            }
            let form = ServerFixture.multipart([("a.png", png)])
            try await client.execute(uri: "/predict", method: .post,
                                     headers: [.contentType: "multipart/form-data; boundary=digitbook-boundary"], body: form) { response in
                #expect(response.status == .unprocessableContent)
                #expect(String(buffer: response.body).contains("run broken cannot answer"))
            }
            try await client.execute(uri: "/api/predict?run=tiny", method: .post, headers: [.contentType: "image/png"],
                                     body: ByteBuffer(bytes: png)) { response in
                #expect(response.status == .ok, "the other run still answers")
            }
        }
    }
}
