import Foundation
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore

/// HTTP/1.1 connections under the ``ConnectionTable`` rule: each accepted connection is admitted (idle ones closed to
/// make room) or closed at once, and each request marks its connection busy while it is answered. Unlike a plain
/// connection cap, accepting never stops, so a client that holds many idle connections cannot lock others out.
struct GuardedHTTP1Channel: ServerChildChannel {
    typealias Value = HTTP1Channel.Value
    let inner: HTTP1Channel
    let connections: ConnectionGuard

    init(responder: @escaping HTTPChannelHandler.Responder, configuration: HTTP1Channel.Configuration, connections: ConnectionGuard) {
        self.connections = connections
        inner = HTTP1Channel(responder: { request, writer, channel in
            connections.mark(channel, busy: true)
            defer { connections.mark(channel, busy: false) }
            try await responder(request, writer, channel)
        }, configuration: configuration)
    }

    /// What `Application(server:)` takes to serve HTTP/1.1 under `connections`' rule.
    static func server(configuration: HTTP1Channel.Configuration, connections: ConnectionGuard) -> HTTPServerBuilder {
        HTTPServerBuilder { responder in
            GuardedHTTP1Channel(responder: responder, configuration: configuration, connections: connections)
        }
    }

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Value> {
        let admitted = connections.admit(channel)
        channel.closeFuture.whenComplete { [connections] _ in connections.remove(channel) }
        let value = inner.setup(channel: channel, logger: logger)
        if !admitted { channel.close(promise: nil) }
        return value
    }

    func handle(value: Value, logger: Logger) async {
        await inner.handle(value: value, logger: logger)
    }
}

/// The server's ``ConnectionTable`` behind a lock, closing the connections it evicts.
final class ConnectionGuard: @unchecked Sendable {
    private let lock = NSLock()
    private var table: ConnectionTable<ObjectIdentifier>
    private var channels: [ObjectIdentifier: any Channel] = [:]

    init(maximum: Int, perClient: Int) {
        table = ConnectionTable(maximum: maximum, perClient: perClient)
    }

    /// How many connections are open.
    var count: Int { lock.withLock { table.open.count } }

    func admit(_ channel: any Channel) -> Bool {
        let key = ObjectIdentifier(channel)
        let client = channel.remoteAddress?.ipAddress ?? "unknown"
        let (admitted, evicted) = lock.withLock {
            let answer = table.admit(key, client: client)
            if answer.admitted { channels[key] = channel }
            return (answer.admitted, answer.evicted.compactMap { channels.removeValue(forKey: $0) })
        }
        for victim in evicted { victim.close(promise: nil) }
        return admitted
    }

    func mark(_ channel: any Channel, busy: Bool) {
        lock.withLock { table.mark(ObjectIdentifier(channel), busy: busy) }
    }

    func remove(_ channel: any Channel) {
        lock.withLock {
            table.remove(ObjectIdentifier(channel))
            channels[ObjectIdentifier(channel)] = nil
        }
    }
}
