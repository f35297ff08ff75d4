import CTurboJPEG
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import UserImages
@testable import Server

/// A CMYK JPEG (as print workflows and some scanners save) is read like any other photo.
@Suite struct CMYKUploadTests {
    /// A 56x56 CMYK JPEG of a black bar on white paper, stored inverted as Adobe's applications do (255 = no ink).
    static func cmykBar() throws -> [UInt8] {
        let side = 56
        var samples = [UInt8](repeating: 255, count: side * side * 4)
        for y in 7..<49 { for x in 26..<30 { samples[(y * side + x) * 4 + 3] = 10 } }
        let handle = try #require(tjInitCompress())
        defer { tjDestroy(handle) }
        var output: UnsafeMutablePointer<UInt8>?
        var size: UInt = 0
        let status = samples.withUnsafeBufferPointer {
            tjCompress2(handle, $0.baseAddress, Int32(side), Int32(side * 4), Int32(side), Int32(TJPF_CMYK.rawValue), &output, &size,
                        Int32(TJSAMP_444.rawValue), 95, 0)
        }
        try #require(status == 0)
        defer { tjFree(output) }
        return Array(UnsafeBufferPointer(start: output, count: Int(size)))
    }

    @Test func aCMYKJPEGDecodesDarkInkOnLightPaper() throws {
        let grey = try ImageDecoder.decode(try Self.cmykBar(), file: "bar.jpg")
        #expect(grey.width == 56 && grey.height == 56)
        #expect(grey[27, 28] < 60, "the bar is dark: \(grey[27, 28])")
        #expect(grey[8, 8] > 200, "the paper is light: \(grey[8, 8])")
    }

    @Test func aCMYKJPEGIsRead() async throws {
        let fixture = try ServerFixture()
        let jpeg = try Self.cmykBar()
        try await fixture.test { client in
            try await client.execute(uri: "/api/predict", method: .post, headers: [.contentType: "image/jpeg"],
                                     body: ByteBuffer(bytes: jpeg)) { response in
                #expect(response.status == .ok, "\(String(buffer: response.body))")
                let readings = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [[String: Any]]
                #expect(readings?.first?["width"] as? Int == 56)
            }
        }
    }
}
