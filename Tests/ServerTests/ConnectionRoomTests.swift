import Foundation
import Hummingbird
import Testing
@testable import Server

/// One client holding many idle connections cannot lock others out; one address cannot take every connection.
@Suite(.timeLimit(.minutes(1))) struct ConnectionRoomTests {
    static let healthCheck = Array("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".utf8)

    @Test func idleConnectionsAreClosedToMakeRoomForANewClient() async throws {
        let fixture = try ServerFixture()
        try await LiveServer.serving(fixture, { $0.maxConnections = 8; $0.maxConnectionsPerClient = 8 }) { port in
            // Twelve idle connections (some mid-header, as a slow client leaves them), more than the server allows.
            var hoard: [RawHTTPConnection] = []
            for index in 0..<12 {
                let connection = try #require(RawHTTPConnection(port: port))
                if index.isMultiple(of: 2) { _ = connection.send(Array("GET /healthz HTTP/1.1\r\nHo".utf8)) }
                hoard.append(connection)
            }
            try await Task.sleep(for: .milliseconds(200))
            let probe = try #require(RawHTTPConnection(port: port))
            probe.waitAtMost(seconds: 5)
            #expect(probe.send(Self.healthCheck))
            #expect(await probe.receive(until: "ok\n").hasSuffix("ok\n"), "a new client is answered at once")
            withExtendedLifetime(hoard) {}
        }
    }

    @Test func theRuleClosesTheOldestIdleConnectionAndRefusesWhenNoneIsIdle() {
        var table = ConnectionTable<Int>(maximum: 4, perClient: 2)
        #expect(table.admit(1, client: "hostile") == (true, []))
        #expect(table.admit(2, client: "hostile") == (true, []))
        table.mark(1, busy: true)
        #expect(table.admit(3, client: "hostile") == (true, [2]), "the client's own idle connection makes room")
        table.mark(3, busy: true)
        #expect(table.admit(4, client: "hostile") == (false, []), "none of its connections is idle: refused")
        #expect(table.admit(5, client: "someone") == (true, []), "another client still gets in")
        #expect(table.admit(6, client: "third") == (true, []))
        #expect(table.admit(7, client: "fourth") == (true, [5]), "at the total limit, the oldest idle connection goes")
        table.mark(1, busy: false)
        table.remove(3)
        #expect(table.open.count == 3)
    }
}
