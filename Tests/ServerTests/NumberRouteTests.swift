import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import UserImages
@testable import Server

/// Whole numbers on the web: `POST /api/number` and the form's "whole number" mode, and their errors.
@Suite struct NumberRouteTests {
    /// A PNG of `count` dark bars in a row on light paper, `gap` pixels apart.
    static func bars(_ count: Int, gap: Int = 30) throws -> [UInt8] {
        let width = 40 + count * gap, height = 90
        var pixels = [UInt8](repeating: 245, count: width * height)
        for index in 0..<count {
            let x0 = 20 + index * gap
            for y in 15..<75 { for x in x0..<(x0 + 5) { pixels[y * width + x] = 15 } }
        }
        return try PNGCodec.encode(try #require(GreyImage(width: width, height: height, pixels: pixels)))
    }

    @Test func readsEachDigitWithItsBoxAndDrawsThePicture() async throws {
        let fixture = try ServerFixture()
        let png = try Self.bars(3)
        try await fixture.test { client in
            let headers: HTTPFields = [.contentType: "image/png"]
            try await client.execute(uri: "/api/number?picture=svg", method: .post, headers: headers, body: ByteBuffer(bytes: png)) {
                response in
                #expect(response.status == .ok)
                let answer = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [[String: Any]])
                let digits = try #require(answer.first?["digits"] as? [[String: Any]])
                #expect(digits.count == 3 && (answer.first?["number"] as? String)?.count == 3)
                let boxes = digits.compactMap { $0["box"] as? [Int] }
                #expect(boxes.map { $0[0] } == [20, 50, 80] && boxes.allSatisfy { $0[1] == 15 && $0[2] == 5 && $0[3] == 60 },
                        "\(boxes)")
                #expect((answer.first?["picture"] as? String)?.hasPrefix("<svg") == true && answer.first?["width"] as? Int == 130)
            }
            try await client.execute(uri: "/api/number?picture=png", method: .post, headers: headers, body: ByteBuffer(bytes: png)) {
                response in
                #expect(response.status == .badRequest && String(buffer: response.body).contains("query parameter picture"))
            }
        }
    }

    @Test func answersBadImagesWith400() async throws {
        let fixture = try ServerFixture()
        let blank = try PNGCodec.encode(try #require(GreyImage(width: 60, height: 60, pixels: .init(repeating: 250, count: 3600))))
        let crowded = try Self.bars(40, gap: 12)
        try await fixture.test { client in
            let headers: HTTPFields = [.contentType: "image/png"]
            try await client.execute(uri: "/api/number", method: .post, headers: headers, body: ByteBuffer(bytes: blank)) { response in
                #expect(response.status == .badRequest && String(buffer: response.body).contains("no digits found"))
            }
            try await client.execute(uri: "/api/number", method: .post, headers: headers, body: ByteBuffer(bytes: crowded)) { response in
                #expect(response.status == .badRequest && String(buffer: response.body).contains("at most 32 digits"))
            }
        }
    }

    @Test func theFormsWholeNumberModeAnswersWithAPage() async throws {
        let fixture = try ServerFixture()
        let body = ServerFixture.multipart([("zip.png", try Self.bars(4))], number: true)
        try await fixture.test { client in
            let headers: HTTPFields = [.contentType: "multipart/form-data; boundary=digitbook-boundary"]
            try await client.execute(uri: "/predict", method: .post, headers: headers, body: body) { response in
                #expect(response.status == .ok)
                let page = String(buffer: response.body)
                #expect(page.contains("<h1>The number</h1>"))
                #expect(page.range(of: #"tiny reads \d{4}: 4 digits, all of them right"#, options: .regularExpression) != nil)
                #expect(page.contains("<figure class=\"chart\"><svg") && page.contains("<th>Box (x, y, width, height)</th>"))
            }
            try await client.execute(uri: "/", method: .get) { response in
                #expect(String(buffer: response.body).contains(
                    "<input id=\"mode\" name=\"mode\" type=\"checkbox\" value=\"number\" role=\"switch\" aria-describedby=\"mode-hint\">"))
            }
        }
    }
}
