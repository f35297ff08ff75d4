import ArgumentParser
import DatasetCatalog
import FileIO
import Foundation
import NeuralNetwork
import NumberFormats
import Tensors
import Training

/// `digitbook train`: trains a model on a dataset and writes the run folder.
struct TrainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train a model and write model.safetensors, history.json, run.json and summary.txt.",
        discussion: "The same seed, thread count and machine give the same weights, bit for bit.")

    @OptionGroup var dataOptions: DataOptions

    @Option(name: .long, help: "A registered model (logreg, mlp, seed-cnn, lenet5, alexnet-mini) or a spec string.")
    var model: String

    @Option(name: .long, parsing: .unconditional, help: "Passes over the training data.")
    var epochs = 3

    @Option(name: .long, parsing: .unconditional, help: "Examples per gradient step.")
    var batchSize = 32

    @Option(name: .long, parsing: .unconditional, help: "The seed of every random choice (weights, shuffling, augmentation, dropout).")
    var seed: UInt64 = 0

    @Option(name: .long, help: "The optimiser: adam or sgd.")
    var optimizer = "adam"

    @Option(name: .customLong("lr"), parsing: .unconditional, help: "The base learning rate.")
    var learningRate: Float = 0.001

    @Option(name: .long, parsing: .unconditional, help: "SGD's momentum.")
    var momentum: Float = 0.9

    @Option(name: .long, help: "constant, step:EPOCHS:FACTOR, cosine[:WARMUP_EPOCHS] or one-cycle.")
    var schedule = "constant"

    @Flag(name: .long, help: "Augment on the fly: random shifts and small rotations.")
    var augment = false

    @Option(name: .long, parsing: .unconditional, help: "With --augment: the largest shift in pixels.")
    var shift: Float = 2

    @Option(name: .long, parsing: .unconditional, help: "With --augment: the largest rotation in degrees.")
    var rotation: Float = 10

    @Option(name: .long, help: "Training images held out for per-epoch validation.")
    var validation = DatasetSplits.defaultValidationCount

    @Option(name: .long, parsing: .unconditional, help: "Threads that share each batch (default: all cores); results depend on it.")
    var threads = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .long, help: ArgumentHelp("The run folder to write.", valueName: "run-dir"))
    var out: String

    func run() throws {
        guard let choice = TrainingConfiguration.OptimizerChoice(rawValue: optimizer) else {
            throw ValidationError("--optimizer must be adam or sgd, got \(optimizer)")
        }
        let configuration = TrainingConfiguration(
            model: model, epochs: epochs, batchSize: batchSize, seed: seed, optimizer: choice, learningRate: learningRate,
            momentum: momentum, schedule: schedule,
            augmentation: augment ? Augmenter(maximumShift: shift, maximumRotation: rotation) : nil, validationCount: validation)
        try configuration.validate(threads: threads)
        try InputOutputOverlap.check(output: out, role: "the run folder (--out)", inputs: dataOptions.inputs)
        try RunDirectory(out).checkWritable()
        let dataset = try dataOptions.load()
        let progress = TrainingProgress(epochs: epochs)
        let outcome = try TrainingJob(configuration: configuration, threads: threads, version: Digitbook.version).run(
            on: dataset, writingTo: RunDirectory(out),
            started: { _, splits in
                Console.line("training \(model) on \(splits.training.count.thousandsSeparated) images of \(dataset.manifest.name), " +
                      "validating on \(splits.validation.count.thousandsSeparated); \(threads) threads, OpenBLAS \(BLAS.coreName) kernels")
            },
            report: progress.handle)
        let record = outcome.record
        Console.line("wrote \(out) (model.safetensors, history.json, run.json, summary.txt) in "
            + "\(String(format: "%.1f", record.wallSeconds)) s")
        if let test = record.finalTest {
            Console.line("test accuracy \(String(format: "%.2f", test.accuracy * 100))% on \(test.count.thousandsSeparated) images")
        }
    }
}
