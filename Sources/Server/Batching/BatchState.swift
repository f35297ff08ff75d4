/// The digits one request submitted, and where its answer goes.
struct PendingDigits {
    let digits: [[UInt8]]
    let continuation: CheckedContinuation<Result<[[Float]], ServerError>, Never>
}

/// What an ``InferenceBatcher`` knows between passes; changed only with its lock held.
struct BatchState {
    /// Requests that are decoding their images and will submit digits.
    var announced = 0
    /// Submitted digits not yet in a pass, oldest first.
    var waiting: [PendingDigits] = []
    /// Whether a pass is running.
    var running = false
    /// Whether the oldest waiting digits have waited long enough.
    var windowClosed = false
    /// Whether a timer will close the current window.
    var timerArmed = false
    /// Counts passes started, so that a timer armed before a pass started does nothing after it.
    var generation = 0

    /// Takes the oldest waiting requests, whole, up to `limit` images (at least one request), and marks a pass running.
    mutating func takeBatch(upTo limit: Int) -> [PendingDigits] {
        let taken = Self.split(waiting.map(\.digits.count), limit: limit)
        let batch = Array(waiting.prefix(taken))
        waiting.removeFirst(taken)
        running = true
        windowClosed = false
        timerArmed = false
        generation += 1
        return batch
    }

    /// How many of the requests, oldest first, one pass takes: whole requests up to `limit` images, at least one.
    static func split(_ sizes: [Int], limit: Int) -> Int {
        var count = 0
        var taken = 0
        for size in sizes {
            if taken > 0 && count + size > limit { break }
            count += size
            taken += 1
        }
        return taken
    }
}
