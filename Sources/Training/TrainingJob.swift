import DatasetCatalog
import Foundation
import NeuralNetwork
import Runs
import Tensors

/// One whole training run on a local dataset, written to a run folder: what `digitbook train` and a report's
/// train cell both do.
public struct TrainingJob {
    public let configuration: TrainingConfiguration
    public let threads: Int
    /// The Digitbook version written into run.json and the model file.
    public let version: String

    public init(configuration: TrainingConfiguration, threads: Int, version: String) {
        self.configuration = configuration
        self.threads = threads
        self.version = version
    }

    /// What a finished run produced.
    public struct Outcome {
        public let model: Sequential
        public let history: [EpochRecord]
        public let record: RunRecord
        public let splits: DatasetSplits
        /// The trained model's class probabilities for every test example (computed once, for run.json and callers).
        public let testProbabilities: [[Float]]
    }

    /// Trains on `dataset` (holding out the configured validation images) and writes the run into `directory`.
    /// `started` is called once the model is built, before the first batch.
    public func run(
        on dataset: LocalDataset, writingTo directory: RunDirectory,
        started: (_ model: Sequential, _ splits: DatasetSplits) -> Void = { _, _ in },
        report: (TrainingEvent) -> Void = { _ in }
    ) throws -> Outcome {
        try configuration.validate(threads: threads)
        try directory.checkWritable()
        let splits = try DatasetSplits(dataset, validationCount: configuration.validationCount)
        let trainer = Trainer(configuration: configuration, threads: threads)
        let network = try trainer.makeModel(for: splits.training)
        started(network, splits)
        let start = Date()
        let history = try trainer.train(network, on: splits.training, validation: splits.validation, report: report)
        let wallSeconds = Date().timeIntervalSince(start)
        let testProbabilities = Inference.probabilities(network, for: splits.test.images, threads: threads)
        let testLabels = splits.test.labels.map(Int.init)
        let record = RunRecord(
            digitbookVersion: version, configuration: configuration, spec: try ModelRegistry.spec(for: configuration.model).description,
            inputShape: network.inputShape, classNames: dataset.manifest.classNames, dataset: dataset.manifest.name,
            dataDirectory: dataset.directory,
            dataFiles: dataset.checks.map { .init(name: $0.entry.name, sha256: $0.sha256, status: $0.status.rawValue) },
            trainingExamples: splits.training.count, validationExamples: splits.validation.count, threads: threads,
            blasCore: BLAS.coreName, wallSeconds: wallSeconds,
            finalValidation: history.last.flatMap { last in
                last.valLoss.map { LossAndAccuracy(loss: $0, accuracy: last.valAccuracy ?? 0, count: splits.validation.count) }
            },
            finalTest: splits.test.count == 0 ? nil : LossAndAccuracy(probabilities: testProbabilities, labels: testLabels))
        try directory.write(model: network, record: record, history: history, summary: ModelSummary.text(of: network))
        return Outcome(model: network, history: history, record: record, splits: splits, testProbabilities: testProbabilities)
    }
}
