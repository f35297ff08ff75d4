import FileIO
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One place a dataset's files can be downloaded from: an http(s) or file URL to which file names are appended.
public struct Mirror: Sendable, Equatable {
    public let base: String

    public init(_ base: String) {
        self.base = base.hasSuffix("/") ? base : base + "/"
    }

    /// The URL of `name` on this mirror.
    public func url(of name: String) -> String { base + name }

    /// Downloads `name` and returns its bytes; a network failure or an HTTP status other than 200 throws.
    func download(_ name: String, session: URLSession) async throws(DatasetError) -> [UInt8] {
        let address = url(of: name)
        guard let url = URL(string: address), let scheme = url.scheme?.lowercased() else {
            throw DatasetError(address, .downloadFailed, "not a valid URL")
        }
        switch scheme {
        case "file":
            do {
                return try FileBytes.read(url.path)
            } catch {
                throw DatasetError(address, .downloadFailed, error.detail)
            }
        case "http", "https":
            var request = URLRequest(url: url)
            request.timeoutInterval = 60
            let data: Data
            let response: URLResponse
            do {
                (data, response) = try await session.data(for: request)
            } catch {
                throw DatasetError(address, .downloadFailed, error.localizedDescription)
            }
            let status = (response as? HTTPURLResponse)?.statusCode ?? 0
            guard status == 200 else { throw DatasetError(address, .downloadFailed, "HTTP status \(status)") }
            return [UInt8](data)
        default:
            throw DatasetError(address, .downloadFailed, "unsupported URL scheme \(scheme) (use http, https or file)")
        }
    }
}
