import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A tiny HTTP/1.0 file server on 127.0.0.1 for download tests: serves fixed bytes by path, 404 otherwise.
///
/// It listens on a port the system picks, answers one request per connection, and stops when released.
public final class LoopbackHTTPServer: @unchecked Sendable {
    public let port: UInt16
    private let socketDescriptor: Int32
    private let files: [String: [UInt8]]
    private let lock = NSLock()
    private var served: [String] = []

    /// Starts serving `files` (paths such as "/mnist/x.gz"); nil if no loopback socket could be opened.
    public init?(files: [String: [UInt8]]) {
        self.files = files
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { return nil }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        guard bound == 0, named == 0, listen(descriptor, 16) == 0 else {
            close(descriptor)
            return nil
        }
        socketDescriptor = descriptor
        port = UInt16(bigEndian: address.sin_port)
        Thread.detachNewThread { [self] in serve() }
    }

    deinit {
        shutdown(socketDescriptor, Int32(SHUT_RDWR))
        close(socketDescriptor)
    }

    /// The base URL of the server, e.g. "http://127.0.0.1:41234".
    public var baseURL: String { "http://127.0.0.1:\(port)" }

    /// The paths requested so far, in order.
    public var requestedPaths: [String] { lock.withLock { served } }

    private func serve() {
        while true {
            let client = accept(socketDescriptor, nil, nil)
            guard client >= 0 else { return }
            respond(on: client)
            close(client)
        }
    }

    private func respond(on client: Int32) {
        var request = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !request.ends(with: [13, 10, 13, 10]) && request.count < 65_536 {
            let received = buffer.withUnsafeMutableBytes { recv(client, $0.baseAddress, $0.count, 0) }
            guard received > 0 else { return }
            request += buffer[0..<received]
        }
        let line = String(decoding: request.prefix { $0 != 13 }, as: UTF8.self).split(separator: " ")
        let path = line.count > 1 ? String(line[1]) : "/"
        lock.withLock { served.append(path) }
        let body = files[path] ?? []
        let status = files[path] == nil ? "404 Not Found" : "200 OK"
        let head = "HTTP/1.0 \(status)\r\nContent-Length: \(body.count)\r\nConnection: close\r\n\r\n"
        let response = Array(head.utf8) + body
        var offset = 0
        while offset < response.count {
            let sent = response[offset...].withUnsafeBytes { send(client, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard sent > 0 else { return }
            offset += sent
        }
    }
}

extension Array where Element == UInt8 {
    fileprivate func ends(with suffix: [UInt8]) -> Bool {
        count >= suffix.count && Array(self[(count - suffix.count)...]) == suffix
    }
}
