import Foundation
import Hummingbird
import HummingbirdTesting
import TestSupport
import Testing
@testable import Server

/// `/api/speech`: a WAV from espeak-ng when it is installed (here a stand-in script that checks its voice and writes
/// a WAV header and the text), a clear 404 when it is not, 400 for no text or too much.
@Suite struct SpeechRouteTests {
    /// A stand-in for espeak-ng: prints "RIFF", the voice it was given and what it read on its standard input.
    static func standIn() throws -> (folder: TemporaryDirectory, path: String) {
        let folder = TemporaryDirectory("speech")
        let path = folder.file("espeak-ng")
        try Data("#!/bin/sh\nprintf 'RIFF%s:' \"$2\"\ncat\n".utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        return (folder, path)
    }

    @Test func speaksInThePagesLanguageWhenInstalled() async throws {
        let fixture = try ServerFixture()
        let (folder, path) = try Self.standIn()
        #expect(SpeechSynthesizer.installed(environment: ["PATH": "/nonexistent:" + folder.path])?.executable == path)
        try await fixture.test({ $0.speech = SpeechSynthesizer(executable: path) }) { client in
            try await client.execute(uri: "/api/speech?text=-v%20x%20seven&lang=zh-Hans", method: .get) { response in
                #expect(response.status == .ok && response.headers[.contentType] == "audio/wav")
                #expect(String(buffer: response.body) == "RIFFcmn:-v x seven", "the voice for Chinese; the text never an option")
            }
            for bad in ["%20", "%FF%FE", "%00", "seven%07"] {
                try await client.execute(uri: "/api/speech?text=\(bad)", method: .get) { response in
                    #expect(response.status == .badRequest, "text=\(bad): not text to speak")
                }
            }
            let marks = String(repeating: "e" + String(repeating: "\u{0301}", count: 300), count: 10)
            let encoded = marks.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
            try await client.execute(uri: "/api/speech?text=\(encoded)", method: .get) { response in
                #expect(response.status == .badRequest, "10 characters, but 6,000 bytes of combining marks")
            }
            let long = String(repeating: "a", count: SpeechSynthesizer.maximumCharacters + 1)
            try await client.execute(uri: "/api/speech?text=\(long)", method: .get) { response in
                #expect(response.status == .badRequest && String(buffer: response.body).contains("at most"))
            }
        }
    }

    @Test func saysSoWhenNotInstalled() async throws {
        let fixture = try ServerFixture()
        #expect(SpeechSynthesizer.installed(environment: ["PATH": "/nonexistent"]) == nil)
        try await fixture.test({ $0.speech = nil }) { client in
            try await client.execute(uri: "/api/speech?text=seven", method: .get) { response in
                #expect(response.status == .notFound && String(buffer: response.body).contains("espeak-ng is not installed"))
            }
            try await client.execute(uri: "/", method: .get) { response in
                #expect(String(buffer: response.body).contains("data-speech=\"browser\""), "the page uses the browser's voice only")
            }
        }
    }
}
