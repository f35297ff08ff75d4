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

    /// `range` cut into the fewest near-equal contiguous chunks of at most `maximum` elements each
    /// (7 + 7 + 2 would leave a small, inefficient last chunk; 6 + 5 + 5 does not).
    public static func chunks(of range: Range<Int>, maximum: Int) -> [Range<Int>] {
        guard !range.isEmpty else { return [] }
        let count = (range.count + max(1, maximum) - 1) / max(1, maximum)
        return (0..<count).map { index in
            let part = part(index, of: count, count: range.count)
            return (range.lowerBound + part.lowerBound)..<(range.lowerBound + part.upperBound)
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
