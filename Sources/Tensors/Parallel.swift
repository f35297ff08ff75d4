import Dispatch

/// Runs work on several threads with a fixed partition, so results depend only on the worker count.
public enum Parallel {
    /// Calls `body(worker)` for each worker in `0..<workers`, concurrently, and returns when all are done.
    public static func run(workers: Int, _ body: @Sendable (Int) -> Void) {
        if workers <= 1 {
            body(0)
        } else {
            DispatchQueue.concurrentPerform(iterations: workers, execute: body)
        }
    }

    /// The `worker`-th of `workers` near-equal contiguous parts of `0..<count`.
    public static func part(_ worker: Int, of workers: Int, count: Int) -> Range<Int> {
        let base = count / workers, extra = count % workers
        let start = worker * base + min(worker, extra)
        return start..<(start + base + (worker < extra ? 1 : 0))
    }
}

/// A raw pointer that may cross into worker threads; each worker must touch only its own part.
public struct SharedPointer<Element>: @unchecked Sendable {
    public let base: UnsafeMutablePointer<Element>

    public init(_ base: UnsafeMutablePointer<Element>) {
        self.base = base
    }
}
