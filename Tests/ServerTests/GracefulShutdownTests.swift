import Foundation
import Hummingbird
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import Server

/// A shutdown signal stops the server only after the requests in flight are answered.
@Suite(.serialized, .timeLimit(.minutes(1))) struct GracefulShutdownTests {
    /// Signals each request the server starts to handle, and the port it listens on.
    final class Probe: Sendable {
        let requests: AsyncStream<String>
        let requestSeen: AsyncStream<String>.Continuation
        let ports: AsyncStream<Int>
        let portSeen: AsyncStream<Int>.Continuation

        init() {
            (requests, requestSeen) = AsyncStream.makeStream()
            (ports, portSeen) = AsyncStream.makeStream()
        }
    }

    @Test func aRequestInFlightWhenTheSignalComesIsAnsweredThenTheServerStops() async throws {
        let fixture = try ServerFixture()
        let responder = try fixture.server().router().buildResponder()
        let probe = Probe()
        let app = Application(
            responder: CallbackResponder { (request: Request, context: BasicRequestContext) in
                probe.requestSeen.yield(request.uri.path)
                return try await responder.respond(to: request, context: context)
            },
            configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in probe.portSeen.yield(channel.localAddress?.port ?? 0) })
        let service = Task { try await app.runService(gracefulShutdownSignals: [.sigusr2]) }
        var portIterator = probe.ports.makeAsyncIterator()
        let port = try #require(await portIterator.next())

        let png = try ServerFixture.barPNG()
        let connection = try #require(RawHTTPConnection(port: port))
        let head = "POST /api/predict HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: image/png\r\nContent-Length: \(png.count)\r\n\r\n"
        #expect(connection.send(Array(head.utf8) + png.prefix(10)))
        var requestIterator = probe.requests.makeAsyncIterator()
        #expect(await requestIterator.next() == "/api/predict")

        kill(getpid(), SIGUSR2)
        // The server now stops accepting; the request it is reading still gets its whole answer.
        while RawHTTPConnection(port: port) != nil { try await Task.sleep(for: .milliseconds(20)) }
        #expect(connection.send(Array(png.dropFirst(10))))
        let answer = String(decoding: await connection.receiveUntilClosed(), as: UTF8.self)
        #expect(answer.hasPrefix("HTTP/1.1 200 OK"))
        #expect(answer.contains("\"run\":\"tiny\""))
        try await service.value
    }
}
