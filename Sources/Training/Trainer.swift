import Foundation
import IDX
import NeuralNetwork
import Randomness
import Runs
import Tensors

/// What the trainer reports while it runs.
public enum TrainingEvent: Sendable {
    /// A batch finished: the running mean loss and accuracy of the epoch so far.
    case batch(epoch: Int, batch: Int, batches: Int, loss: Double, accuracy: Double)
    /// An epoch finished, validation included.
    case epoch(EpochRecord)
}

/// Trains a model with minibatch gradient descent, deterministically for a given seed and thread count.
///
/// One generator, seeded from the configuration, is split into independent streams for the weights,
/// the shuffling, the augmentation and the dropout masks, so changing one never shifts another.
public struct Trainer {
    public let configuration: TrainingConfiguration
    /// Threads that share each batch; the same seed and thread count give the same weights bit for bit.
    public let threads: Int

    public init(configuration: TrainingConfiguration, threads: Int = 1) {
        self.configuration = configuration
        self.threads = max(1, threads)
    }

    /// Builds the model from the seed (inputs shaped like `training`'s images, `classCount` classes).
    public func makeModel(for training: LabelledImages) throws(ModelError) -> Sequential {
        var generator = streams().weights
        return try ModelRegistry.spec(for: configuration.model).build(
            inputShape: [training.images.rows, training.images.columns, 1], classCount: training.classCount, generator: &generator)
    }

    /// Trains `model` on `training`, evaluating on `validation` after each epoch.
    public func train(
        _ model: Sequential, on training: LabelledImages, validation: LabelledImages,
        report: (TrainingEvent) -> Void = { _ in }
    ) throws -> [EpochRecord] {
        try configuration.validate(threads: threads)
        let schedule = try configuration.learningRateSchedule()
        let optimizer: any Optimizer = configuration.optimizer == .adam ? Adam() : SGD(momentum: configuration.momentum)
        var streams = streams()
        let builder = BatchBuilder(examples: training, augmenter: configuration.augmentation)
        let batchSize = configuration.batchSize
        let batches = (training.count + batchSize - 1) / batchSize
        var context = ForwardContext(training: true, generator: streams.dropout, workers: threads)
        var history: [EpochRecord] = []
        var step = 0
        for epoch in 1...configuration.epochs {
            let start = Date()
            let order = seededPermutation(count: training.count, using: &streams.shuffle)
            var lossSum = 0.0, correct = 0, seen = 0
            var rate: Float = configuration.learningRate
            for batch in 0..<batches {
                let indices = order[(batch * batchSize)..<min(training.count, (batch + 1) * batchSize)]
                let (input, labels) = builder.batch(indices, generator: &streams.augmentation)
                model.zeroGradients()
                let logits = model.forward(input, context: &context)
                let result = SoftmaxCrossEntropy.evaluate(logits: logits, labels: labels, gradient: true)
                guard result.loss.isFinite else { throw TrainingDiverged(epoch: epoch, batch: batch + 1, loss: result.loss) }
                model.backward(result.gradient)
                rate = schedule.rate(base: configuration.learningRate, step: step, totalSteps: batches * configuration.epochs,
                                     stepsPerEpoch: batches)
                optimizer.step(model.parameters, learningRate: rate)
                step += 1
                lossSum += result.loss * Double(labels.count)
                correct += result.correct
                seen += labels.count
                report(.batch(epoch: epoch, batch: batch + 1, batches: batches, loss: lossSum / Double(seen),
                              accuracy: Double(correct) / Double(seen)))
            }
            let checked = validation.count > 0 ? Self.evaluate(model, on: validation, threads: threads) : nil
            let record = EpochRecord(
                epoch: epoch, loss: lossSum / Double(max(seen, 1)), accuracy: Double(correct) / Double(max(seen, 1)),
                valLoss: checked?.loss, valAccuracy: checked?.accuracy, learningRate: Double(rate),
                seconds: Date().timeIntervalSince(start))
            history.append(record)
            report(.epoch(record))
        }
        return history
    }

    /// Loss and accuracy of `model` on `examples`, in inference mode.
    public static func evaluate(_ model: Sequential, on examples: LabelledImages, batchSize: Int = 500,
                                threads: Int = 1) -> LossAndAccuracy {
        var lossSum = 0.0, correct = 0
        var unused = SeededGenerator(seed: 0)
        let builder = BatchBuilder(examples: examples, augmenter: nil)
        for first in stride(from: 0, to: examples.count, by: batchSize) {
            let indices = Array(first..<min(examples.count, first + batchSize))
            let (input, labels) = builder.batch(indices[...], generator: &unused)
            var context = ForwardContext(training: false, workers: threads)
            let result = SoftmaxCrossEntropy.evaluate(logits: model.forward(input, context: &context), labels: labels, gradient: false)
            lossSum += result.loss * Double(labels.count)
            correct += result.correct
        }
        let count = max(examples.count, 1)
        return LossAndAccuracy(loss: lossSum / Double(count), accuracy: Double(correct) / Double(count), count: examples.count)
    }

    /// The independent random streams of a run, all from the one seed.
    private func streams() -> (weights: SeededGenerator, shuffle: SeededGenerator, augmentation: SeededGenerator,
        dropout: SeededGenerator) {
        var root = SeededGenerator(seed: configuration.seed)
        return (root.split(), root.split(), root.split(), root.split())
    }
}
