import Foundation
import Testing
@testable import Server

/// The multipart parser reads well-formed forms as browsers send them and refuses the rest with 400, never a trap.
@Suite struct FormDataPartsTests {
    static func parse(_ text: [UInt8], boundary: String = "fz") throws(ServerError) -> Upload.Form {
        try MultipartUpload.files(in: text, boundary: boundary, budget: UploadBudget())
    }

    @Test func readsFilesFieldsAPreambleAndAUTF8FileName() throws {
        let body = Array("preamble\r\n--fz\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"é.png\"\r\n".utf8)
            + Array("Content-Type: image/png\r\n\r\n".utf8) + [0x89, 0x50, 13, 10, 0xFF] + Array("\r\n--fz  \r\n".utf8)
            + Array("Content-Disposition: form-data; name=\"run\"\r\n\r\ntiny\r\n--fz--".utf8)
        let form = try Self.parse(body)
        #expect(form.uploads.map(\.file) == ["é.png"] && form.uploads.first?.bytes == [0x89, 0x50, 13, 10, 0xFF])
        #expect(form.run == "tiny")
    }

    /// Found by the server-request fuzz target: a header value ended by a lone LF put an image's first byte (0x89)
    /// where MultipartKit 4 read a header name, and it trapped.
    @Test func aLoneLineFeedInAHeaderAndNonASCIIHeaderNamesAre400() throws {
        let cases: [[UInt8]] = [
            Array("--fz\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"2.png\"?\n\r\n".utf8) + [0x89, 0x50]
                + Array(": x\r\n\r\nabc\r\n--fz--\r\n".utf8),
            Array("--fz\r\n".utf8) + [0xF3, 0xBC] + Array(": x\r\n\r\nabc\r\n--fz--\r\n".utf8),
            Array("--fz\r\nno colon here\r\n\r\nabc\r\n--fz--\r\n".utf8),
            Array("--fzX\r\n\r\nabc\r\n--fz--\r\n".utf8),
        ]
        for body in cases {
            #expect { try Self.parse(body) } throws: { ($0 as? ServerError)?.status == .badRequest }
        }
    }

    @Test func everyCommittedFuzzInputParsesOrIsRefused() throws {
        let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../FuzzTargetsTests/Corpus/server-request").standardized
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus.path)
        #expect(names.count >= 5)
        for name in names { RequestFuzzing.consume([UInt8](try Data(contentsOf: corpus.appendingPathComponent(name)))) }
    }

    @Test func aLongRunOfBoundaryLikeBytesIsReadInLinearTime() throws {
        let boundary = String(repeating: "a", count: 70)
        let body = Array("--\(boundary)\r\n\r\n".utf8) + [UInt8](repeating: 97, count: 4 << 20)
        let start = ContinuousClock.now
        #expect(throws: ServerError.self) { try Self.parse(body, boundary: boundary) }
        #expect(ContinuousClock.now - start < .seconds(5))
    }
}
