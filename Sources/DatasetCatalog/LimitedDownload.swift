import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One HTTP(S) download that stops as soon as more than `limit` bytes arrive, so a wrong or hostile mirror
/// cannot fill memory or disk.
final class LimitedDownload: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    /// Why a download stopped without its bytes.
    enum Failure: Error {
        case tooLarge(Int)
        case status(Int)
        case transport(String)
    }

    private let limit: Int
    private let lock = NSLock()
    private var received: [UInt8] = []
    private var failure: Failure?
    private var continuation: CheckedContinuation<Result<[UInt8], Failure>, Never>?

    private init(limit: Int) {
        self.limit = limit
    }

    /// The body of `request`, or why there is none.
    static func fetch(_ request: URLRequest, limit: Int) async -> Result<[UInt8], Failure> {
        let download = LimitedDownload(limit: limit)
        let session = URLSession(configuration: .ephemeral, delegate: download, delegateQueue: nil)
        defer { session.finishTasksAndInvalidate() }
        return await withCheckedContinuation { continuation in
            download.lock.withLock { download.continuation = continuation }
            session.dataTask(with: request).resume()
        }
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping (URLSession.ResponseDisposition) -> Void
    ) {
        let status = (response as? HTTPURLResponse)?.statusCode ?? 0
        guard status == 200 else {
            lock.withLock { failure = .status(status) }
            completionHandler(.cancel)
            return
        }
        if response.expectedContentLength > Int64(limit) {
            lock.withLock { failure = .tooLarge(Int(response.expectedContentLength)) }
            completionHandler(.cancel)
            return
        }
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let over = lock.withLock { () -> Bool in
            received.append(contentsOf: data)
            guard received.count > limit else { return false }
            failure = .tooLarge(received.count)
            return true
        }
        if over { dataTask.cancel() }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        typealias Waiting = CheckedContinuation<Result<[UInt8], Failure>, Never>
        let (continuation, result) = lock.withLock { () -> (Waiting?, Result<[UInt8], Failure>) in
            defer { self.continuation = nil }
            if let failure { return (self.continuation, .failure(failure)) }
            if let error { return (self.continuation, .failure(.transport(error.localizedDescription))) }
            return (self.continuation, .success(received))
        }
        continuation?.resume(returning: result)
    }
}
