import Foundation
import Hummingbird
import Logging
import ServiceLifecycle
import UnixSignals

/// A server that could not start listening: the address and why, in words.
public struct ServerStartError: Error, CustomStringConvertible, Sendable {
    public let description: String
}

extension DigitbookServer {
    /// Serves until one of `signals`. `announce` is told the address only once the port is bound (the port the system
    /// chose when the configuration says 0); an address that cannot be bound is a ``ServerStartError`` naming it, and
    /// nothing is announced. After a signal the requests in flight get `shutdownSeconds`; then their connections are
    /// closed, so a client trickling an upload cannot keep the server running.
    public func run(signals: [UnixSignal] = [.sigint, .sigterm], announce: @escaping @Sendable (String) -> Void) async throws {
        try await ListeningService.run(host: configuration.host, port: configuration.port,
                                       shutdownSeconds: configuration.shutdownSeconds, signals: signals, announce: announce) {
            application(listening: $0)
        }
    }
}

/// How every Digitbook server runs: until a signal, its address announced once bound, a bind failure in words.
public enum ListeningService {
    /// Runs the application that `make` builds (handing it the callback that learns the bound port) until one of
    /// `signals`; `announce` hears `http://HOST:PORT/` once the port is bound. After a signal the requests in flight
    /// get `shutdownSeconds`. An address that cannot be bound is a ``ServerStartError`` naming it.
    public static func run<App: ApplicationProtocol>(
        host: String, port: Int, shutdownSeconds: Int, signals: [UnixSignal], announce: @escaping @Sendable (String) -> Void,
        make: (@escaping @Sendable (Int?) async -> Void) -> App
    ) async throws {
        let shown = host.contains(":") ? "[\(host)]" : host
        let started = StartFlag()
        let app = make { port in
            started.set()
            announce("http://\(shown):\(port ?? 0)/")
        }
        var group = ServiceGroupConfiguration(services: [app], gracefulShutdownSignals: signals, logger: Logger(label: "digitbook"))
        group.maximumGracefulShutdownDuration = .seconds(shutdownSeconds)
        // A failsafe that ends the process if cancelling the requests still open after the graceful period hangs.
        // Cancelled requests stop waiting for the decoding queue at once, so this is only for a hang; 5 seconds also
        // caught a busy machine closing many connections (the test process, serving a dozen servers at once, stopped).
        group.maximumCancellationDuration = .seconds(30)
        do {
            try await ServiceGroup(configuration: group).run()
        } catch where !started.value {
            var reason = "\(error)"
            if reason.contains("Address already in use") || reason.contains("errno: 98") {
                reason = "the port is in use (another server?); choose another with --port, or --port 0 for any free one"
            }
            throw ServerStartError(description: "cannot listen on \(shown):\(port): \(reason)")
        }
    }
}

/// Whether the server has started listening; set once, from the server's task.
private final class StartFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var started = false

    var value: Bool { lock.withLock { started } }

    func set() { lock.withLock { started = true } }
}
