import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import Server

/// The pages and the API's sentences in the reader's language: `?lang=` first, then `Accept-Language`, then English;
/// Arabic right to left; a screen reader's announcement; numbers in the language's own digits on request.
@Suite struct LanguageRouteTests {
    @Test func refusalsAreSaidInTheReadersLanguage() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            // The API: the status and the field name as always, the message in the language asked for.
            try await client.execute(uri: "/api/predict?lang=es", method: .post, headers: [.contentType: "image/png"],
                                     body: ByteBuffer()) { response in
                #expect(response.status == .badRequest)
                #expect(String(buffer: response.body) == "{\"error\":\"la solicitud no contiene ninguna imagen\"}\n")
            }
            try await client.execute(uri: "/api/predict", method: .post, headers: [.contentType: "text/plain", .acceptLanguage: "de"],
                                     body: ByteBuffer(string: "x")) { response in
                #expect(response.status == .unsupportedMediaType)
                #expect(String(buffer: response.body).contains("sende image/png, image/jpeg oder multipart/form-data, nicht text/plain"))
            }
            try await client.execute(uri: "/api/predict?run=nope", method: .post, headers: [.contentType: "image/png"],
                                     body: ByteBuffer(bytes: try ServerFixture.barPNG())) { response in
                #expect(response.status == .notFound && String(buffer: response.body).contains("no run named nope"), "English by default")
            }
            // The form's error page in Arabic, and an upload that is no image, said in Hindi with the decoder's own words.
            let form = ServerFixture.multipart([("a.png", Array("not an image".utf8))])
            try await client.execute(uri: "/predict?lang=ar", method: .post,
                                     headers: [.contentType: "multipart/form-data; boundary=digitbook-boundary"], body: form) { response in
                let page = String(buffer: response.body)
                #expect(page.contains("<html lang=\"ar\" dir=\"rtl\">"))
                #expect(page.contains("a.png: ليست صورة مقروءة ("), "the reason in Arabic, the decoder's detail inside it")
            }
            try await client.execute(uri: "/api/predict?lang=hi", method: .post,
                                     headers: [.contentType: "multipart/form-data; boundary=digitbook-boundary"], body: form) { response in
                let answer = String(buffer: response.body)
                #expect(answer.contains("a.png: यह पढ़ने योग्य छवि नहीं है ("))
            }
        }
    }

    @Test func theUploadPageFollowsTheBrowserAndTheChoice() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            try await client.execute(uri: "/", method: .get, headers: [.acceptLanguage: "ar, en;q=0.5"]) { response in
                let page = String(buffer: response.body)
                #expect(page.contains("<html lang=\"ar\" dir=\"rtl\">"))
                #expect(page.contains("<h1>قراءة رقم مكتوب بخط اليد</h1>"))
                #expect(page.contains("<input id=\"numerals\" name=\"numerals\" type=\"checkbox\" value=\"native\">"))
                let names = ["English", "Español", "Français", "Deutsch", "हिन्दी", "தமிழ்",
                             "简体中文", "العربية"]
                for name in names {
                    #expect(page.contains(">\(name)</option>"), "the picker offers \(name)")
                }
                #expect(page.contains("<option value=\"ar\" lang=\"ar\" selected>"))
            }
            try await client.execute(uri: "/?lang=ta", method: .get, headers: [.acceptLanguage: "ar"]) { response in
                let page = String(buffer: response.body)
                #expect(page.contains("<html lang=\"ta\">"))
                #expect(page.contains("<h1>கையால் எழுதிய இலக்கத்தைப் படி</h1>"))
                #expect(page.contains("action=\"/predict?lang=ta\""), "the form keeps the choice")
            }
            try await client.execute(uri: "/?lang=de", method: .get) { response in
                let page = String(buffer: response.body)
                #expect(page.contains("<html lang=\"de\">") && !page.contains("id=\"numerals\""), "German has no digits of its own")
            }
            try await client.execute(uri: "/?lang=xx", method: .get) { response in
                #expect(response.status == .ok && String(buffer: response.body).contains("<html lang=\"en\">"))
            }
        }
    }

    @Test func theAPIsSentencesFollowTheLanguageAndItsDigits() async throws {
        let fixture = try ServerFixture()
        let png = try ServerFixture.barPNG()
        try await fixture.test { client in
            let headers: HTTPFields = [.contentType: "image/png", .acceptLanguage: "es-ES,es;q=0.9"]
            try await client.execute(uri: "/api/predict", method: .post, headers: headers, body: ByteBuffer(bytes: png)) { response in
                let answer = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [[String: Any]])
                let sentence = try #require(answer.first?["sentence"] as? String)
                let announcement = try #require(answer.first?["announcement"] as? String)
                #expect(sentence.hasPrefix("tiny lee ") && sentence.contains("\u{00A0}%"), "\(sentence)")
                #expect(announcement.hasPrefix("El dígito es "), "\(announcement)")
                #expect(answer.first?["digit"] != nil, "field names stay English")
            }
            try await client.execute(uri: "/api/predict?lang=ar&numerals=native", method: .post,
                                     headers: [.contentType: "image/png"], body: ByteBuffer(bytes: png)) { response in
                let answer = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [[String: Any]])
                let announcement = try #require(answer.first?["announcement"] as? String)
                #expect(announcement.hasPrefix("الرقم هو "), "\(announcement)")
                #expect(announcement.contains { ("٠"..."٩").contains($0) }, "Arabic-Indic digits: \(announcement)")
                #expect((answer.first?["digit"] as? String)?.allSatisfy(\.isASCII) == true, "the data stays as it is")
            }
        }
    }

    @Test func aNumberIsAnnouncedDigitByDigit() async throws {
        let fixture = try ServerFixture()
        let png = try NumberRouteTests.bars(4)
        try await fixture.test { client in
            try await client.execute(uri: "/api/number", method: .post, headers: [.contentType: "image/png"],
                                     body: ByteBuffer(bytes: png)) { response in
                let answer = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [[String: Any]])
                let number = try #require(answer.first?["number"] as? String)
                let announcement = try #require(answer.first?["announcement"] as? String)
                #expect(announcement.hasPrefix("The number is \(number.map(String.init).joined(separator: " ")), "),
                        "\(announcement)")
            }
        }
    }
}
