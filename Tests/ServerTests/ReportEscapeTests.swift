import Foundation
import Hummingbird
import HummingbirdTesting
import TestSupport
import Testing
@testable import Server

/// `/reports/` serves only regular files really inside the folder, with their own type, and never a broken range.
@Suite struct ReportEscapeTests {
    /// A reports folder with one page, a text file, and every kind of thing that must not be served.
    final class Site: @unchecked Sendable {
        let folder = TemporaryDirectory("reports")
        let outside = TemporaryDirectory("outside")

        init() throws {
            try Data("<!DOCTYPE html><p>quick".utf8).write(to: URL(fileURLWithPath: folder.file("quick.html")))
            try Data("plain notes".utf8).write(to: URL(fileURLWithPath: folder.file("notes.txt")))
            try Data("SECRET=1".utf8).write(to: URL(fileURLWithPath: folder.file(".env")))
            try Data("<p>secret".utf8).write(to: URL(fileURLWithPath: outside.file("secret.html")))
            try Data("<p>a".utf8).write(to: URL(fileURLWithPath: folder.file("a.html")))
            let links = FileManager.default
            try links.createSymbolicLink(atPath: folder.file("passwd.html"), withDestinationPath: "/etc/passwd")
            try links.createSymbolicLink(atPath: folder.file("out.html"), withDestinationPath: outside.file("secret.html"))
            try links.createSymbolicLink(atPath: folder.file("notes.html"), withDestinationPath: folder.file("notes.txt"))
            #expect(mkfifo(folder.file("pipe.html"), 0o644) == 0)
        }
    }

    @Test func linksOutDotfilesPipesAndAnEncodedNULAre404AndNotListed() async throws {
        let fixture = try ServerFixture()
        let site = try Site()
        try await fixture.test({ $0.reports = site.folder.path }) { client in
            for path in ["passwd.html", "out.html", ".env", "pipe.html", "a.html%00.txt", "..%2Fsecret.html", "%2E%2E/x", "missing.html"] {
                try await client.execute(uri: "/reports/" + path, method: .get) { response in
                    #expect(response.status == .notFound, "\(path)")
                    #expect(!String(buffer: response.body).contains("root:") && !String(buffer: response.body).contains("<p>secret"))
                }
            }
            try await client.execute(uri: "/reports/", method: .get) { response in
                let page = String(buffer: response.body)
                #expect(page.contains("quick.html") && page.contains("a.html"))
                for hidden in ["passwd", "out.html", ".env", "pipe.html"] { #expect(!page.contains(hidden), "\(hidden) is listed") }
            }
            // A link inside the folder is followed, and the type is the real file's.
            try await client.execute(uri: "/reports/notes.html", method: .get) { response in
                #expect(response.status == .ok && String(buffer: response.body) == "plain notes")
                #expect(response.headers[.contentType] == "text/plain; charset=utf-8")
            }
        }
    }

    @Test func aRangeIsIgnoredAndTheConnectionStaysInStep() async throws {
        let fixture = try ServerFixture()
        let site = try Site()
        try await LiveServer.serving(fixture, { $0.reports = site.folder.path }) { port in
            let connection = try #require(RawHTTPConnection(port: port))
            for range in ["bytes=5000000-", "bytes=-5", "bytes=2-4"] {
                let request = "GET /reports/quick.html HTTP/1.1\r\nHost: x\r\nRange: \(range)\r\n\r\n"
                #expect(connection.send(Array(request.utf8)))
                let answer = await connection.receive(until: "<p>quick")
                #expect(answer.hasPrefix("HTTP/1.1 200 OK"), "\(range): \(answer)")
                #expect(answer.lowercased().contains("content-length: 23\r\n"), "\(range): \(answer)")
                #expect(answer.hasSuffix("<!DOCTYPE html><p>quick"), "\(range): the whole file")
            }
            // The same connection still answers the next request from its start.
            #expect(connection.send(Array("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n".utf8)))
            let health = await connection.receive(until: "ok\n")
            #expect(health.hasPrefix("HTTP/1.1 200 OK") && health.hasSuffix("ok\n"), "\(health)")
        }
    }

    @Test func aMissingReportsFolderIsAnErrorAtStart() throws {
        let fixture = try ServerFixture()
        let missing = TemporaryDirectory("none").file("not-here")
        #expect(throws: (any Error).self) { try fixture.server { $0.reports = missing } }
    }
}
