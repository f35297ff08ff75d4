import DatasetCatalog

/// One training option, declared once: its name in report cells and sweeps, its command-line flag, its default, the
/// values it takes and what it does. `digitbook train`, the `train` cell, a sweep's allowed options and the READMEs'
/// tables (checked by a test) all follow this list.
public struct TrainingOption: Sendable, Equatable {
    /// The name in a report cell or a sweep's `grid` and `base` (`batch_size`).
    public let key: String
    /// The default as the documentation writes it ("32"); empty for a required option.
    public let defaultText: String
    /// What the option does, for `--help` and the documentation.
    public let help: String

    /// The command-line flag, without its dashes (`batch-size`).
    public var flag: String { key.replacingOccurrences(of: "_", with: "-") }
}

extension TrainingConfiguration {
    /// The defaults of every run, wherever it is configured.
    public enum Defaults {
        public static let epochs = 3
        public static let batchSize = 32
        public static let seed: UInt64 = 0
        public static let optimizer = OptimizerChoice.adam
        public static let learningRate: Float = 0.001
        public static let momentum: Float = 0.9
        public static let schedule = "constant"
        public static let shift: Float = 2
        public static let rotation: Float = 10
        public static let validation = DatasetSplits.defaultValidationCount
    }

    /// Every training option, in the order the documentation lists them.
    public static let options: [TrainingOption] = [
        .init(key: "model", defaultText: "", help: "A registered model (logreg, mlp, seed-cnn, lenet5, alexnet-mini) or a spec string."),
        .init(key: "epochs", defaultText: "\(Defaults.epochs)", help: "Passes over the training data."),
        .init(key: "batch_size", defaultText: "\(Defaults.batchSize)", help: "Examples per gradient step."),
        .init(key: "seed", defaultText: "\(Defaults.seed)",
              help: "The seed of every random choice (weights, shuffling, augmentation, dropout)."),
        .init(key: "lr", defaultText: "\(Defaults.learningRate)", help: "The base learning rate."),
        .init(key: "optimizer", defaultText: Defaults.optimizer.rawValue, help: "The optimiser: adam or sgd."),
        .init(key: "momentum", defaultText: "\(Defaults.momentum)", help: "SGD's momentum."),
        .init(key: "schedule", defaultText: Defaults.schedule, help: "constant, step:EPOCHS:FACTOR, cosine[:WARMUP_EPOCHS] or one-cycle."),
        .init(key: "augment", defaultText: "false", help: "Augment on the fly: random shifts and small rotations."),
        .init(key: "shift", defaultText: "\(Int(Defaults.shift))", help: "With augment: the largest shift in pixels."),
        .init(key: "rotation", defaultText: "\(Int(Defaults.rotation))", help: "With augment: the largest rotation in degrees."),
        .init(key: "validation", defaultText: "\(Defaults.validation)", help: "Training images held out for per-epoch validation."),
    ]

    /// The option called `key`; its help text, for `--help`.
    public static func help(_ key: String) -> String { options.first { $0.key == key }?.help ?? "" }
}
