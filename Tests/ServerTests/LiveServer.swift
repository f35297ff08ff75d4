import Foundation
import Hummingbird
import Testing
import UnixSignals
@testable import Server

/// Runs a server as `digitbook serve` does (``DigitbookServer/run(signals:announce:)``) on a port the system chooses.
struct LiveServer {
    /// Runs the fixture's server with `change` applied, gives `body` its port, then stops it.
    static func serving(
        _ fixture: ServerFixture, _ change: @escaping (inout ServerConfiguration) -> Void = { _ in },
        _ body: (Int) async throws -> Void
    ) async throws {
        let (ports, portSeen) = AsyncStream.makeStream(of: Int.self)
        let server = try fixture.server {
            $0.port = 0
            change(&$0)
        }
        let service = Task { try await server.run(signals: []) { address in portSeen.yield(Self.port(of: address)) } }
        defer { service.cancel() }
        var iterator = ports.makeAsyncIterator()
        try await body(try #require(await iterator.next()))
    }

    /// The port of an announced address such as `http://127.0.0.1:8080/`.
    static func port(of address: String) -> Int {
        Int(address.split(separator: ":").last?.filter(\.isNumber) ?? "") ?? 0
    }

    /// One request on a fresh connection: the whole answer as text (the connection is closed after it).
    static func exchange(_ port: Int, _ request: String, body: [UInt8] = [], patience seconds: Double = 20) async -> String {
        guard let connection = RawHTTPConnection(port: port) else { return "" }
        connection.waitAtMost(seconds: seconds)
        _ = connection.send(Array(request.utf8) + body)
        return String(decoding: await connection.receiveUntilClosed(), as: UTF8.self)
    }
}
