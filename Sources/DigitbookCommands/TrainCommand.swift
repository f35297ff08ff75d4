import ArgumentParser
import DatasetCatalog
import FileIO
import Foundation
import NeuralNetwork
import NumberFormats
import Runs
import Training
import Tensors

/// `digitbook train`: trains a model on a dataset and writes the run folder.
struct TrainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train a model and write model.safetensors, history.json, run.json and summary.txt.",
        discussion: "The same seed, thread count and machine give the same weights, bit for bit.")

    @OptionGroup var dataOptions: DataOptions

    @Option(name: .long, help: ArgumentHelp(TrainingConfiguration.help("model")))
    var model: String

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(TrainingConfiguration.help("epochs")))
    var epochs = TrainingConfiguration.Defaults.epochs

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(TrainingConfiguration.help("batch_size")))
    var batchSize = TrainingConfiguration.Defaults.batchSize

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(TrainingConfiguration.help("seed")))
    var seed = TrainingConfiguration.Defaults.seed

    @Option(name: .long, help: ArgumentHelp(TrainingConfiguration.help("optimizer")))
    var optimizer = TrainingConfiguration.Defaults.optimizer.rawValue

    @Option(name: .customLong("lr"), parsing: .unconditional, help: ArgumentHelp(TrainingConfiguration.help("lr")))
    var learningRate = TrainingConfiguration.Defaults.learningRate

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(TrainingConfiguration.help("momentum")))
    var momentum = TrainingConfiguration.Defaults.momentum

    @Option(name: .long, help: ArgumentHelp(TrainingConfiguration.help("schedule")))
    var schedule = TrainingConfiguration.Defaults.schedule

    @Flag(name: .long, help: ArgumentHelp(TrainingConfiguration.help("augment")))
    var augment = false

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(TrainingConfiguration.help("shift")))
    var shift = TrainingConfiguration.Defaults.shift

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(TrainingConfiguration.help("rotation")))
    var rotation = TrainingConfiguration.Defaults.rotation

    @Option(name: .long, help: ArgumentHelp(TrainingConfiguration.help("validation")))
    var validation = TrainingConfiguration.Defaults.validation

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
                      "validating on \(splits.validation.count.thousandsSeparated); \(threads) threads, "
                      + "OpenBLAS \(Benchmark.kernels) kernels")
            },
            report: progress.handle)
        let record = outcome.record
        Console.line("wrote \(out) (model.safetensors, history.json, run.json, summary.txt) in "
            + "\(String(format: "%.1f", record.wallSeconds)) s")
        if let test = record.finalTest {
            Console.line("test accuracy \(NumberText.percent(test.accuracy)) on \(test.count.thousandsSeparated) images")
        }
    }
}
