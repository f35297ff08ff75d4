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

    /// Downloads `name` and returns its bytes; a network failure, an HTTP status other than 200 or more than `limit`
    /// bytes throws (the download stops at the limit).
    func download(_ name: String, limit: Int) async throws(DatasetError) -> [UInt8] {
        let address = url(of: name)
        guard let url = URL(string: address), let scheme = url.scheme?.lowercased() else {
            throw DatasetError(address, .downloadFailed, "not a valid URL")
        }
        switch scheme {
        case "file":
            do {
                return try FileBytes.read(url.path, limit: limit)
            } catch {
                throw DatasetError(address, .downloadFailed, error.detail)
            }
        case "http", "https":
            var request = URLRequest(url: url)
            request.timeoutInterval = 60
            switch await LimitedDownload.fetch(request, limit: limit) {
            case .success(let bytes): return bytes
            case .failure(.status(let status)): throw DatasetError(address, .downloadFailed, "HTTP status \(status)")
            case .failure(.tooLarge(let count)):
                throw DatasetError(address, .downloadFailed, "sent more than the \(limit) bytes expected (\(count)); stopped")
            case .failure(.transport(let message)): throw DatasetError(address, .downloadFailed, message)
            }
        default:
            throw DatasetError(address, .downloadFailed, "unsupported URL scheme \(scheme) (use http, https or file)")
        }
    }
}
