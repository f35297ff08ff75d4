import Dispatch
import Foundation
import IDX
import Runs

/// Dynamic micro-batching: the digits that concurrent requests ask one run to read share one forward pass.
///
/// A request announces itself when it starts decoding its images and submits its digits when they are ready. A pass
/// starts at once when nobody else is on the way (a lone request waits for nothing), when enough images wait, or
/// when the oldest waiting digits have waited `window`; while a pass runs, new digits gather for the next one, which
/// starts as soon as it ends. This is what TensorFlow Serving's and Triton's batchers do, with the window kept short
/// because a request's own decoding dominates its time.
final class InferenceBatcher: @unchecked Sendable {
    private let model: InferenceModel
    private let runName: String
    private let window: Duration
    private let maximumImages: Int
    private let passes: DispatchQueue
    private let lock = NSLock()
    private var state = BatchState()

    /// `run` names the run in errors (its folder when not given).
    init(model: InferenceModel, run: String? = nil, window: Duration = .milliseconds(3), maximumImages: Int = 256) {
        self.model = model
        runName = run ?? model.source
        self.window = window
        self.maximumImages = max(1, maximumImages)
        passes = DispatchQueue(label: "digitbook.inference")
    }

    /// How many forward passes have started.
    var passCount: Int { lock.withLock { state.generation } }

    /// How many requests' digits wait for a pass.
    var waitingCount: Int { lock.withLock { state.waiting.count } }

    /// Says that a request will submit digits soon, so that a pass may wait a little for them.
    func announce() {
        lock.withLock { state.announced += 1 }
    }

    /// Takes back an announcement whose request failed before it had digits to submit.
    func withdraw() {
        let batch = lock.withLock {
            state.announced = max(0, state.announced - 1)
            return nextBatch()
        }
        batch.map(run)
    }

    /// The class probabilities of each digit (`side * side` pixels each, row by row); consumes one announcement.
    func probabilities(for digits: [[UInt8]]) async -> Result<[[Float]], ServerError> {
        guard !digits.isEmpty else {
            withdraw()
            return .success([])
        }
        return await withCheckedContinuation { continuation in
            let batch = lock.withLock {
                state.announced = max(0, state.announced - 1)
                state.waiting.append(PendingDigits(digits: digits, continuation: continuation))
                return nextBatch()
            }
            batch.map(run)
        }
    }

    /// The next pass to run, taken from the waiting digits, or nil to wait; called with the lock held.
    private func nextBatch() -> [PendingDigits]? {
        guard !state.running, !state.waiting.isEmpty else { return nil }
        let waitingImages = state.waiting.reduce(0) { $0 + $1.digits.count }
        guard state.announced == 0 || waitingImages >= maximumImages || state.windowClosed else {
            if !state.timerArmed {
                state.timerArmed = true
                let generation = state.generation
                Task { [weak self, window] in
                    try? await Task.sleep(for: window)
                    self?.closeWindow(generation)
                }
            }
            return nil
        }
        return state.takeBatch(upTo: maximumImages)
    }

    private func closeWindow(_ generation: Int) {
        let batch = lock.withLock {
            guard generation == state.generation else { return [PendingDigits]?.none }
            state.windowClosed = true
            return nextBatch()
        }
        batch.map(run)
    }

    /// Runs one pass on the pass queue, answers its requests, then starts the next pass if digits wait.
    private func run(_ batch: [PendingDigits]) {
        passes.async { [self] in
            let results = InferencePass(model: model, run: runName).probabilities(for: batch.map(\.digits))
            for (pending, result) in zip(batch, results) { pending.continuation.resume(returning: result) }
            let next = lock.withLock {
                state.running = false
                state.windowClosed = !state.waiting.isEmpty
                return nextBatch()
            }
            next.map(run)
        }
    }
}
