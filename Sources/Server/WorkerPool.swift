import Foundation

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
    func run<T: Sendable>(_ job: @escaping @Sendable () throws(ServerError) -> T) async throws(ServerError) -> T {
        let result: Result<T, ServerError> = await withCheckedContinuation { continuation in
            let accepted = queue.add {
                do throws(ServerError) {
                    continuation.resume(returning: .success(try job()))
                } catch {
                    continuation.resume(returning: .failure(error))
                }
            }
            if !accepted {
                continuation.resume(returning: .failure(ServerError(
                    .serviceUnavailable, "the server is busy reading other images; try again in a moment", headers: [.retryAfter: "1"])))
            }
        }
        return try result.get()
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
