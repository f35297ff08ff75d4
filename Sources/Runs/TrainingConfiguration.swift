import Foundation
import NeuralNetwork

/// Everything that determines a training run; written to run.json so the run can be repeated.
public struct TrainingConfiguration: Codable, Equatable, Sendable {
    /// The optimisers a run can use.
    public enum OptimizerChoice: String, Codable, Sendable, CaseIterable {
        case adam, sgd
    }

    /// The model as the user named it (a registered name or a spec string).
    public var model: String
    public var epochs: Int
    public var batchSize: Int
    public var seed: UInt64
    public var optimizer: OptimizerChoice
    public var learningRate: Float
    /// SGD's momentum (ignored by Adam).
    public var momentum: Float
    /// The schedule as written on the command line: `constant`, `step:EPOCHS:FACTOR`, `cosine[:WARMUP]`, `one-cycle`.
    public var schedule: String
    /// The augmentation, or nil for none.
    public var augmentation: Augmenter?
    /// Training images held out (from the end of the training set) for per-epoch validation.
    public var validationCount: Int

    public init(
        model: String, epochs: Int = Defaults.epochs, batchSize: Int = Defaults.batchSize, seed: UInt64 = Defaults.seed,
        optimizer: OptimizerChoice = Defaults.optimizer, learningRate: Float = Defaults.learningRate, momentum: Float = Defaults.momentum,
        schedule: String = Defaults.schedule, augmentation: Augmenter? = nil, validationCount: Int = Defaults.validation
    ) {
        self.model = model
        self.epochs = epochs
        self.batchSize = batchSize
        self.seed = seed
        self.optimizer = optimizer
        self.learningRate = learningRate
        self.momentum = momentum
        self.schedule = schedule
        self.augmentation = augmentation
        self.validationCount = validationCount
    }

    /// The whole configuration as one line of JSON with sorted keys: equal configurations give equal text, however
    /// they were written (a report's cache keys a run by it).
    public var canonicalText: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "\(self)"
    }

    /// The ranges every run is held to, whether it comes from the command line, a report cell or a sweep.
    public enum Limits {
        public static let epochs = 1...10_000
        public static let batchSize = 1...65_536
        public static let learningRate: ClosedRange<Double> = 1e-9...100
        public static let momentum: ClosedRange<Double> = 0...1
        public static let shift: ClosedRange<Double> = 0...14
        public static let rotation: ClosedRange<Double> = 0...180
        public static let validation = 0...10_000_000
        public static let threads = 1...256
    }

    /// Throws the first value that cannot work, naming its option; `threads` is checked too when given.
    public func validate(threads: Int? = nil) throws(ConfigurationError) {
        try Self.check("epochs", epochs, in: Limits.epochs)
        try Self.check("batch_size", batchSize, in: Limits.batchSize)
        try Self.check("lr", Double(learningRate), in: Limits.learningRate)
        try Self.check("momentum", Double(momentum), in: Limits.momentum)
        if let augmentation {
            try Self.check("shift", Double(augmentation.maximumShift), in: Limits.shift)
            try Self.check("rotation", Double(augmentation.maximumRotation), in: Limits.rotation)
        }
        try Self.check("validation", validationCount, in: Limits.validation)
        if let threads { try Self.check("threads", threads, in: Limits.threads) }
        do { _ = try learningRateSchedule() } catch {
            throw ConfigurationError(option: "schedule", problem: error.detail.replacingOccurrences(of: "--schedule ", with: ""))
        }
        do { _ = try ModelRegistry.spec(for: model) } catch { throw ConfigurationError(option: "model", problem: error.detail) }
    }

    private static func check(_ option: String, _ value: Int, in range: ClosedRange<Int>) throws(ConfigurationError) {
        guard range.contains(value) else {
            throw ConfigurationError(
                option: option, problem: "must be a whole number from \(range.lowerBound) to \(range.upperBound), got \(value)")
        }
    }

    private static func check(_ option: String, _ value: Double, in range: ClosedRange<Double>) throws(ConfigurationError) {
        guard value.isFinite, range.contains(value) else {
            throw ConfigurationError(
                option: option, problem: "must be a number from \(range.lowerBound) to \(range.upperBound), got \(value)")
        }
    }

    /// The parsed schedule.
    public func learningRateSchedule() throws(ModelError) -> LearningRateSchedule {
        let parts = schedule.lowercased().split(separator: ":").map(String.init)
        switch parts.first {
        case "constant" where parts.count == 1: return .constant
        case "one-cycle" where parts.count == 1, "onecycle" where parts.count == 1: return .oneCycle
        case "cosine" where parts.count <= 2:
            guard let warmup = parts.count == 2 ? Float(parts[1]) : 0, warmup >= 0 else { break }
            return .cosine(warmupEpochs: warmup)
        case "step" where parts.count == 3:
            guard let epochs = Int(parts[1]), let factor = Float(parts[2]), epochs > 0, factor > 0 else { break }
            return .step(epochs: epochs, factor: factor)
        default: break
        }
        throw ModelError("--schedule \"\(schedule)\" is not one of constant, step:EPOCHS:FACTOR, cosine[:WARMUP_EPOCHS], one-cycle")
    }
}
