import Foundation
import Hummingbird
import Testing
import UnixSignals
#if canImport(Glibc)
import Glibc
#endif
@testable import Server

/// The server says where it listens only once it does, names a port it cannot have, and stops within its deadline.
@Suite(.serialized, .timeLimit(.minutes(1))) struct StartAndStopTests {
    final class Announcements: @unchecked Sendable {
        private let lock = NSLock()
        private var lines: [String] = []
        var all: [String] { lock.withLock { lines } }
        func add(_ line: String) { lock.withLock { lines.append(line) } }
    }

    @Test func portZeroAnnouncesThePortItBoundAndABusyPortIsAClearErrorWithNoAnnouncement() async throws {
        let fixture = try ServerFixture()
        try await LiveServer.serving(fixture) { port in
            #expect(port > 0, "the real port, not 0")
            #expect(await LiveServer.exchange(port, "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").hasSuffix("ok\n"))
            let second = try fixture.server { $0.port = port }
            let announced = Announcements()
            await #expect {
                try await second.run(signals: []) { announced.add($0) }
            } throws: { error in
                "\(error)".contains("cannot listen on 127.0.0.1:\(port): the port is in use")
            }
            #expect(announced.all.isEmpty, "nothing says serving before the bind fails")
        }
    }

    @Test func aTricklingUploadDoesNotKeepTheServerRunningPastTheDeadline() async throws {
        let fixture = try ServerFixture()
        let server = try fixture.server { $0.port = 0; $0.shutdownSeconds = 1 }
        let (ports, portSeen) = AsyncStream.makeStream(of: Int.self)
        let service = Task { try await server.run(signals: [.sigusr1]) { portSeen.yield(LiveServer.port(of: $0)) } }
        var iterator = ports.makeAsyncIterator()
        let port = try #require(await iterator.next())
        let connection = try #require(RawHTTPConnection(port: port))
        let head = "POST /api/predict HTTP/1.1\r\nHost: x\r\nContent-Type: image/png\r\nContent-Length: 100000\r\n\r\n"
        #expect(connection.send(Array(head.utf8) + [0x89, 0x50]))
        try await Task.sleep(for: .milliseconds(300))
        let start = ContinuousClock.now
        kill(getpid(), SIGUSR1)
        // The client goes on trickling a byte every 100 ms; the server still stops about a second later.
        let trickle = Task {
            while !Task.isCancelled, connection.send([0]) { try? await Task.sleep(for: .milliseconds(100)) }
        }
        defer { trickle.cancel() }
        try? await service.value
        #expect(ContinuousClock.now - start < .seconds(6), "stopped \(ContinuousClock.now - start) after the signal")
    }
}
