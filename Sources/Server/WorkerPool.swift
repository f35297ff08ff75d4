import Foundation
import Localization

/// A fixed number of threads of its own that run blocking work (decoding and preprocessing images) off Swift's
/// cooperative pool, so that a slow image never holds the threads that answer other requests. At most `queueLimit`
/// jobs wait; one more is refused with 503 and `Retry-After`, rather than growing memory without bound.
final class WorkerPool: Sendable {
    private let queue: JobQueue
    let name: String

    init(name: String, workers: Int, queueLimit: Int) {
        self.name = name
        queue = JobQueue(limit: max(0, queueLimit))
        for index in 0..<max(1, workers) {
            let thread = Thread { [queue] in queue.work() }
            thread.name = "digitbook.\(name).\(index)"
            thread.start()
        }
    }

    /// The threads end once the jobs already queued are done.
    deinit { queue.stop() }

    /// Runs `job` on one of the pool's threads and returns its result; 503 when too many jobs already wait.
    /// A request cancelled meanwhile (its client gone, the server shutting down) stops waiting at once with 503, and
    /// its job is skipped if it has not started: shutting down never waits for a queue of large images.
    func run<T: Sendable>(_ job: @escaping @Sendable () throws(ServerError) -> T) async throws(ServerError) -> T {
        let answer = OneAnswer<T>()
        let result: Result<T, ServerError> = await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                guard answer.wait(continuation) else { return }
                let accepted = queue.add {
                    guard !answer.isGiven else { return }
                    do throws(ServerError) {
                        answer.give(.success(try job()))
                    } catch {
                        answer.give(.failure(error))
                    }
                }
                if !accepted {
                    answer.give(.failure(ServerError(.serviceUnavailable, .errorBusy, headers: [.retryAfter: "1"])))
                }
            }
        } onCancel: {
            answer.give(.failure(ServerError(.serviceUnavailable, "the request was cancelled before its images were read")))
        }
        return try result.get()
    }
}

/// The one answer a waiting request gets: its job's result, a refusal, or cancellation, whichever comes first; the
/// continuation is resumed exactly once.
private final class OneAnswer<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<Result<T, ServerError>, Never>?
    private var early: Result<T, ServerError>?
    private var given = false

    /// Whether an answer was already given (the job need not run).
    var isGiven: Bool { lock.withLock { given } }

    /// Keeps `continuation` until the answer comes; false (and resumed) when it came first, as on cancellation.
    func wait(_ continuation: CheckedContinuation<Result<T, ServerError>, Never>) -> Bool {
        let ready: Result<T, ServerError>? = lock.withLock {
            if let early { return early }
            self.continuation = continuation
            return nil
        }
        guard let ready else { return true }
        continuation.resume(returning: ready)
        return false
    }

    /// Gives `result` unless an answer was given already.
    func give(_ result: Result<T, ServerError>) {
        let waiting: CheckedContinuation<Result<T, ServerError>, Never>? = lock.withLock {
            guard !given else { return nil }
            given = true
            if let continuation {
                self.continuation = nil
                return continuation
            }
            early = result
            return nil
        }
        waiting?.resume(returning: result)
    }
}

/// The jobs waiting for a pool's threads; changed only with its condition's lock held.
private final class JobQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private var jobs: [@Sendable () -> Void] = []
    private var stopped = false
    private let limit: Int

    init(limit: Int) { self.limit = limit }

    /// Queues `job`; false when `limit` jobs already wait.
    func add(_ job: @escaping @Sendable () -> Void) -> Bool {
        condition.withLock {
            guard jobs.count < limit else { return false }
            jobs.append(job)
            condition.signal()
            return true
        }
    }

    func stop() {
        condition.withLock {
            stopped = true
            condition.broadcast()
        }
    }

    /// One thread's loop: the oldest job, until the queue is stopped and empty.
    func work() {
        while true {
            condition.lock()
            while jobs.isEmpty && !stopped { condition.wait() }
            guard !jobs.isEmpty else {
                condition.unlock()
                return
            }
            let job = jobs.removeFirst()
            condition.unlock()
            job()
        }
    }
}
