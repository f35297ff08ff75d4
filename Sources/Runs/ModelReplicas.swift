import Foundation
import NeuralNetwork
import Randomness

/// Copies of one trained network, so that forward passes run at the same time: a network's layers keep scratch space
/// between passes, so each pass borrows a copy of its own. Copies share the weights (a tensor is copied only when
/// written, and inference never writes them) and are made only when every existing copy is busy, up to `limit`.
final class ModelReplicas: @unchecked Sendable {
    private let condition = NSCondition()
    private var idle: [Sequential]
    private var made = 1
    private let limit: Int
    private let original: Sequential
    private let spec: ModelSpec?

    /// Copies of `model`, whose spec string is `spec`, at most `limit` of them.
    init(_ model: Sequential, spec: String, limit: Int) {
        original = model
        idle = [model]
        self.spec = try? ModelSpec(parsing: spec)
        self.limit = max(1, limit)
    }

    /// Runs `body` with a copy no other pass is using, waiting for one when `limit` are busy.
    func withReplica<Result>(_ body: (Sequential) throws -> Result) rethrows -> Result {
        let model = borrow()
        defer { giveBack(model) }
        return try body(model)
    }

    private func borrow() -> Sequential {
        condition.lock()
        while idle.isEmpty && made >= limit { condition.wait() }
        if let model = idle.popLast() {
            condition.unlock()
            return model
        }
        made += 1
        condition.unlock()
        if let copy = makeCopy() { return copy }
        condition.withLock { made -= 1 }  // a copy that cannot be made (never expected): wait for one that exists
        return borrowExisting()
    }

    private func borrowExisting() -> Sequential {
        condition.lock()
        defer { condition.unlock() }
        while idle.isEmpty { condition.wait() }
        return idle.removeLast()
    }

    private func giveBack(_ model: Sequential) {
        condition.withLock {
            idle.append(model)
            condition.signal()
        }
    }

    /// A new network of the same spec with the original's weights.
    private func makeCopy() -> Sequential? {
        var generator = SeededGenerator(seed: 0)
        guard let spec, let copy = try? spec.build(inputShape: original.inputShape, classCount: original.classCount,
                                                   generator: &generator) else { return nil }
        let source = original.parameters, target = copy.parameters
        guard source.count == target.count else { return nil }
        for (from, to) in zip(source, target) {
            guard from.value.shape == to.value.shape else { return nil }
            to.value = from.value
        }
        return copy
    }
}
