import Foundation
import Hummingbird
import Testing
@testable import Server

/// Slow clients cannot hold the server: idle connections are closed, and busy ones are kept at the limit.
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

    @Test func aBusyConnectionIsKeptAndANewOneBeyondTheLimitIsRefused() async throws {
        let fixture = try ServerFixture()
        let responder = try fixture.server().router().buildResponder()
        let (requests, requestSeen) = AsyncStream.makeStream(of: String.self)
        let (ports, portSeen) = AsyncStream.makeStream(of: Int.self)
        let connections = ConnectionGuard(maximum: 1, perClient: 1)
        let app = Application(
            responder: CallbackResponder { (request: Request, context: BasicRequestContext) in
                requestSeen.yield(request.uri.path)
                return try await responder.respond(to: request, context: context)
            },
            server: GuardedHTTP1Channel.server(configuration: .init(), connections: connections),
            configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { portSeen.yield($0.localAddress?.port ?? 0) })
        let service = Task { try await app.runService(gracefulShutdownSignals: []) }
        defer { service.cancel() }
        var portIterator = ports.makeAsyncIterator()
        let port = try #require(await portIterator.next())

        let png = try ServerFixture.barPNG()
        let first = try #require(RawHTTPConnection(port: port))
        let head = "POST /api/predict HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: image/png\r\nContent-Length: \(png.count)\r\n\r\n"
        #expect(first.send(Array(head.utf8) + png.prefix(10)))
        var requestIterator = requests.makeAsyncIterator()
        #expect(await requestIterator.next() == "/api/predict", "the first connection is in a request")
        let second = try #require(RawHTTPConnection(port: port))
        second.waitAtMost(seconds: 10)
        #expect(await second.isClosedByPeer(), "no connection is idle, so the new one is closed")
        #expect(first.send(Array(png.dropFirst(10))))
        #expect(await first.receive(until: "}]").contains("\"run\":\"tiny\""), "the busy one is answered")
    }
}
