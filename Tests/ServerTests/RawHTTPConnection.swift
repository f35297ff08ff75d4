import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A TCP connection to 127.0.0.1 that sends bytes when told: a request can be left half-sent.
///
/// Its waits block a thread, so they run on Dispatch's threads, never on the few threads of Swift's cooperative pool,
/// which the server under test (and every other test) needs.
final class RawHTTPConnection: @unchecked Sendable {
    private let descriptor: Int32

    /// Connects to `port` on 127.0.0.1; nil when nothing accepts there. The descriptor is stored only once
    /// connected: a failable initialiser that fails after its properties are set still runs deinit, which would
    /// close the descriptor a second time, by then perhaps another test's socket.
    init?(port: Int) {
        let socketDescriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socketDescriptor >= 0 else { return nil }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socketDescriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            close(socketDescriptor)
            return nil
        }
        descriptor = socketDescriptor
        waitAtMost(seconds: 20)
    }

    /// How long one wait for bytes may last before it gives up (and a receive returns what it has).
    func waitAtMost(seconds: Double) {
        var limit = timeval(tv_sec: Int(seconds), tv_usec: Int((seconds - seconds.rounded(.down)) * 1_000_000))
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
    }

    /// Runs blocking `work` on a Dispatch thread.
    private func offThePool<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: work()) }
        }
    }

    /// Bytes until `marker` has arrived, the connection closes, or a wait times out.
    func receive(until marker: String) async -> String {
        await offThePool { self.blockingReceive(until: marker) }
    }

    private func blockingReceive(until marker: String) -> String {
        var received: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4_096)
        while !String(decoding: received, as: UTF8.self).contains(marker) {
            let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { break }
            received += chunk[0..<count]
        }
        return String(decoding: received, as: UTF8.self)
    }

    /// Whether the server closed the connection (rather than the wait timing out).
    func isClosedByPeer() async -> Bool {
        await offThePool {
            var byte: UInt8 = 0
            return recv(self.descriptor, &byte, 1, 0) == 0
        }
    }

    deinit { close(descriptor) }

    /// Sends every byte; false if the connection refused them.
    func send(_ bytes: [UInt8]) -> Bool {
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard count > 0 else { return false }
            sent += count
        }
        return true
    }

    /// Everything the server sends until it closes the connection or a wait times out (at most `limit` bytes).
    func receiveUntilClosed(limit: Int = 1 << 22) async -> [UInt8] {
        await offThePool { self.blockingReceiveUntilClosed(limit: limit) }
    }

    private func blockingReceiveUntilClosed(limit: Int) -> [UInt8] {
        var received: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while received.count < limit {
            let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { break }
            received += chunk[0..<count]
        }
        return received
    }
}
