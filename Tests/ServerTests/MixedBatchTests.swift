import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TestSupport
import UserImages
@testable import Server

/// A request of several files where some cannot be read: each file gets its own entry, a reading or why not.
@Suite struct MixedBatchTests {
    static let multipartType: HTTPFields = [.contentType: "multipart/form-data; boundary=digitbook-boundary"]

    static func blankPNG() throws -> [UInt8] {
        try PNGCodec.encode(try #require(GreyImage(width: 60, height: 60, pixels: .init(repeating: 250, count: 3600))))
    }

    static func entries(_ body: ByteBuffer) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(buffer: body)) as? [[String: Any]])
    }

    @Test func theAPIAnswersEachFileOfAMixedRequest() async throws {
        let fixture = try ServerFixture()
        let good = try ServerFixture.barPNG(), blank = try Self.blankPNG(), text = Array("hello".utf8)
        try await fixture.test { client in
            let form = ServerFixture.multipart([("good.png", good), ("blank.png", blank), ("notes.png", text), ("again.png", good)])
            try await client.execute(uri: "/api/predict", method: .post, headers: Self.multipartType, body: form) { response in
                #expect(response.status == .ok)
                let entries = try Self.entries(response.body)
                #expect(entries.map { $0["file"] as? String } == ["good.png", "blank.png", "notes.png", "again.png"])
                #expect(entries[0]["digit"] is String && entries[3]["digit"] is String)
                #expect(entries[0]["error"] == nil && entries[0]["probabilities"] as? [Double] == entries[3]["probabilities"] as? [Double])
                #expect((entries[1]["error"] as? String)?.hasPrefix("blank.png: no digit found") == true, "\(entries[1])")
                #expect(entries[1]["status"] as? Int == 400 && entries[1]["digit"] == nil)
                #expect(entries[2]["status"] as? Int == 415 && (entries[2]["error"] as? String)?.contains("notes.png") == true)
                #expect(Set(entries[1].keys) == ["file", "error", "status"])
            }
            let failures = ServerFixture.multipart([("blank.png", blank), ("notes.png", text)])
            try await client.execute(uri: "/api/predict", method: .post, headers: Self.multipartType, body: failures) { response in
                #expect(response.status == .badRequest, "every file failed: the first one's status, as before")
                #expect(String(buffer: response.body).contains("blank.png: no digit found"))
            }
            let numbers = ServerFixture.multipart([("blank.png", blank), ("bars.png", try NumberRouteTests.bars(3))])
            try await client.execute(uri: "/api/number", method: .post, headers: Self.multipartType, body: numbers) { response in
                #expect(response.status == .ok)
                let entries = try Self.entries(response.body)
                #expect((entries[0]["error"] as? String)?.contains("no digits found") == true && entries[0]["status"] as? Int == 400)
                #expect((entries[1]["number"] as? String)?.count == 3 && entries[1]["error"] == nil)
            }
        }
    }

    @Test func thePageShowsEveryFileAndSaysWhyOneWasNotRead() async throws {
        let fixture = try ServerFixture()
        let good = try ServerFixture.barPNG(), blank = try Self.blankPNG()
        try await fixture.test { client in
            let form = ServerFixture.multipart([("good.png", good), ("blank <b>.png", blank)])
            try await client.execute(uri: "/predict", method: .post, headers: Self.multipartType, body: form) { response in
                #expect(response.status == .ok)
                let page = String(buffer: response.body)
                #expect(page.contains("<h1>1 of 2 files read</h1>"))
                let name = "blank &lt;b&gt;.png"
                #expect(page.contains("<tr class=\"failed\"><td>\(name)</td><td></td><td class=\"num\"></td><td>\(name): no digit found"))
                #expect(page.contains("<p class=\"warning\">Not read: blank &lt;b&gt;.png: no digit found"))
                #expect(page.contains("<img class=\"input\""), "the good file's card is there")
                #expect(page.contains("file%2Cdigit%2Cprobability%2Cerror"), "the CSV has the error column")
            }
            let numbers = ServerFixture.multipart([("bars.png", try NumberRouteTests.bars(3)), ("blank.png", blank)], number: true)
            try await client.execute(uri: "/predict", method: .post, headers: Self.multipartType, body: numbers) { response in
                #expect(response.status == .ok)
                let page = String(buffer: response.body)
                #expect(page.contains("<h1>1 of 2 files read</h1>") && page.contains("Not read: blank.png: no digits found"))
            }
        }
    }

    @Test func onlyTheFilesThatWereReadAreKept() async throws {
        let fixture = try ServerFixture()
        let kept = TemporaryDirectory("kept")
        try await fixture.test({ $0.keepUploads = kept.path }) { client in
            let form = ServerFixture.multipart([("good.png", try ServerFixture.barPNG()), ("blank.png", try Self.blankPNG())])
            try await client.execute(uri: "/api/predict", method: .post, headers: Self.multipartType, body: form) { response in
                #expect(response.status == .ok)
            }
            #expect(kept.entries().count == 1)
        }
    }
}
