import Foundation
import Hummingbird
import Testing
@testable import Server

/// Slow clients cannot hold the server: idle connections are closed, and connections beyond the limit wait.
@Suite(.timeLimit(.minutes(1))) struct ConnectionLimitTests {
    static let healthCheck = Array("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".utf8)

    /// Runs the server as `digitbook serve` does, with `change` applied, and gives `body` its port.
    func serving(_ change: @escaping (inout ServerConfiguration) -> Void, _ body: (Int) async throws -> Void) async throws {
        let fixture = try ServerFixture()
        let (ports, portSeen) = AsyncStream.makeStream(of: Int.self)
        let app = try fixture.server {
            $0.port = 0
            change(&$0)
        }.application { port in portSeen.yield(port ?? 0) }
        let service = Task { try await app.runService(gracefulShutdownSignals: []) }
        defer { service.cancel() }
        var iterator = ports.makeAsyncIterator()
        try await body(try #require(await iterator.next()))
    }

    @Test func anIdleConnectionIsClosed() async throws {
        try await serving({ $0.idleTimeoutSeconds = 1 }) { port in
            let connection = try #require(RawHTTPConnection(port: port))
            connection.waitAtMost(seconds: 15)
            #expect(await connection.isClosedByPeer(), "the server should close a connection that sends nothing")
        }
    }

    @Test func aConnectionBeyondTheLimitWaitsUntilOneCloses() async throws {
        try await serving({ $0.maxConnections = 1 }) { port in
            var first = RawHTTPConnection(port: port)
            #expect(first?.send(Self.healthCheck) == true)
            #expect(await first?.receive(until: "ok\n").hasSuffix("ok\n") == true, "the first connection is served")
            let second = try #require(RawHTTPConnection(port: port))
            #expect(second.send(Self.healthCheck))
            second.waitAtMost(seconds: 0.5)
            #expect(await second.receive(until: "ok\n").isEmpty, "a second connection is not served while the first is open")
            first = nil
            second.waitAtMost(seconds: 15)
            #expect(await second.receive(until: "ok\n").hasSuffix("ok\n"), "and is served once the first closes")
        }
    }
}
