import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import Server

/// The upload page's ten examples: each served as a PNG, and read without JavaScript by following its link.
@Suite struct ExampleRouteTests {
    @Test func theExamplesAreServedAndReadByTheirLinks() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            try await client.execute(uri: "/?lang=es", method: .get) { response in
                let page = String(buffer: response.body)
                for digit in 0...9 {
                    #expect(page.contains("href=\"/example/\(digit)?lang=es\""))
                    #expect(page.contains("aria-label=\"Ejemplo: un \(digit) manuscrito\""))
                }
            }
            for digit in 0...9 {
                try await client.execute(uri: "/examples/digit-\(digit).png", method: .get) { response in
                    #expect(response.status == .ok && response.headers[.contentType] == "image/png")
                    #expect(Array(response.body.readableBytesView.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
                }
            }
            try await client.execute(uri: "/example/3?lang=de", method: .get) { response in
                let page = String(buffer: response.body)
                #expect(response.status == .ok && page.contains("<h1>Die Ziffer</h1>") && page.contains("example-3.png"))
            }
            for bad in ["/examples/digit-10.png", "/examples/digit-3.jpg", "/examples/x", "/example/x", "/example/33"] {
                try await client.execute(uri: bad, method: .get) { response in #expect(response.status == .notFound, "\(bad)") }
            }
        }
    }
}
