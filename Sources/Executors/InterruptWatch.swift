import Dispatch
import Foundation

/// Notices Ctrl-C (SIGINT) and SIGTERM while it is active instead of letting them end the process, so that work
/// handed elsewhere (a Slurm job) can be cancelled first. The signals' default action comes back on `stop()`.
public final class InterruptWatch: @unchecked Sendable {
    private let lock = NSLock()
    private var fired = false
    private var sources: [any DispatchSourceSignal] = []

    public init() {}

    /// Starts watching.
    public func start() {
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [weak self] in self?.fire() }
            source.resume()
            sources.append(source)
        }
    }

    /// Marks the watch as interrupted (the signal handlers call this; tests may too).
    public func fire() { lock.withLock { fired = true } }

    public var interrupted: Bool { lock.withLock { fired } }

    /// Stops watching: the signals end the process again.
    public func stop() {
        for source in sources { source.cancel() }
        sources = []
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}
