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
        model: String, epochs: Int = 3, batchSize: Int = 32, seed: UInt64 = 0, optimizer: OptimizerChoice = .adam,
        learningRate: Float = 0.001, momentum: Float = 0.9, schedule: String = "constant", augmentation: Augmenter? = nil,
        validationCount: Int = 5_000
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

    /// Throws when a value cannot work, naming the option.
    public func validate() throws(ModelError) {
        guard epochs > 0 else { throw ModelError("--epochs must be at least 1, got \(epochs)") }
        guard batchSize > 0, batchSize <= 65_536 else { throw ModelError("--batch-size must be between 1 and 65536, got \(batchSize)") }
        guard learningRate > 0, learningRate.isFinite else { throw ModelError("--lr must be a positive number, got \(learningRate)") }
        _ = try learningRateSchedule()
        _ = try ModelRegistry.spec(for: model)
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
