import ClassifierMetrics
import DatasetCatalog
import Evaluation
import IDX
import Localization
import NeuralNetwork
import NumberFormats
import Pages
import Runs
import Tensors
import Training

/// `train`: trains a model (the same options as `digitbook train`) and keeps the run and its test-set predictions.
struct TrainCell: CellRunner {
    /// A run's bits depend on the thread count and the OpenBLAS kernels, so they are part of its key.
    func keyInputs(_ cell: Cell, context: ReportContext) throws -> [String] {
        ["threads \(context.threads)", "blas \(BLAS.coreName)"]
    }

    /// The configuration as training will use it, defaults filled in: a cell that writes out `optimizer: adam` and one
    /// that leaves it out train once.
    func keyOptions(_ cell: Cell, context: ReportContext) throws -> [String]? {
        let options = CellOptions(cell: cell, file: context.document.file)
        return [try configuration(options, seed: context.frontMatter.seed, threads: context.threads).canonicalText]
    }

    /// The run's configuration; its values are checked by `TrainingConfiguration.validate`, exactly as on the command
    /// line, and an error names the option's line.
    func configuration(_ options: CellOptions, seed: UInt64, threads: Int) throws -> TrainingConfiguration {
        typealias Limits = TrainingConfiguration.Limits
        typealias Defaults = TrainingConfiguration.Defaults
        let optimizer = try options.choice("optimizer", default: Defaults.optimizer.rawValue,
            from: TrainingConfiguration.OptimizerChoice.allCases.map(\.rawValue))
        let anyNumber = -Double.greatestFiniteMagnitude...Double.greatestFiniteMagnitude
        let augment = try options.flag("augment", default: false)
        let configuration = TrainingConfiguration(
            model: try options.text("model"),
            epochs: try options.integer("epochs", default: Defaults.epochs, in: Limits.epochs),
            batchSize: try options.integer("batch_size", default: Defaults.batchSize, in: Limits.batchSize),
            seed: UInt64(try options.integer("seed", default: Int(clamping: seed), in: 0...Int.max)),
            optimizer: TrainingConfiguration.OptimizerChoice(rawValue: optimizer) ?? Defaults.optimizer,
            learningRate: Float(try options.number("lr", default: Double(Defaults.learningRate), in: anyNumber)),
            momentum: Float(try options.number("momentum", default: Double(Defaults.momentum), in: anyNumber)),
            schedule: try options.text("schedule", default: Defaults.schedule),
            augmentation: augment
                ? Augmenter(maximumShift: Float(try options.number("shift", default: Double(Defaults.shift), in: anyNumber)),
                            maximumRotation: Float(try options.number("rotation", default: Double(Defaults.rotation), in: anyNumber)))
                : nil,
            validationCount: try options.integer("validation", default: Defaults.validation, in: Limits.validation))
        do { try configuration.validate(threads: threads) } catch { throw options.fail(error.option, error.problem) }
        return configuration
    }

    func run(_ cell: Cell, options: CellOptions, context: ReportContext, output: CellOutputBuilder) throws {
        let configuration = try configuration(options, seed: context.frontMatter.seed, threads: context.threads)
        let dataset = try context.dataset()
        let job = TrainingJob(configuration: configuration, threads: context.threads, version: context.version)
        let outcome = try job.run(on: dataset, writingTo: RunDirectory(output.path("run")),
                                  report: { context.trainingEvents(cell.id, $0) })
        let predictions = Predictions(labels: dataset.test.labels.map(Int.init),
                                      probabilities: outcome.testProbabilities.map { $0.map(Double.init) })
        try predictions.writeBinary(to: output.directory)
        let interval = AgreementStatistics.wilsonInterval(successes: predictions.correct, trials: dataset.test.count)
        let accuracy = predictions.accuracy
        let parameters = outcome.model.layers.reduce(0) { $0 + $1.parameterCount }

        let w = context.words
        var table = HTMLTable(header: [w(.cellSetting), w(.cellValue)])
        let rate = ["momentum": "\(configuration.momentum)", "rate": "\(configuration.learningRate)",
                    "schedule": "\(configuration.schedule)"]
        table.append(contentsOf: [
            [w(.cellModel), w(.cellModelValue, ["model": configuration.model, "parameters": w.count(parameters)])],
            [w(.cellEpochsBatch), "\(configuration.epochs) × \(configuration.batchSize)"],
            [w(.cellOptimiser), configuration.optimizer == .adam
                ? w(.cellOptimiserAdam, ["rate": rate["rate"] ?? "", "schedule": rate["schedule"] ?? ""])
                : w(.cellOptimiserSGD, ["momentum": rate["momentum"] ?? "", "rate": rate["rate"] ?? "",
                                        "schedule": rate["schedule"] ?? ""])],
            [w(.cellAugmentation), configuration.augmentation.map {
                w(.cellAugmentationValue, ["shift": "\($0.maximumShift)", "rotation": "\($0.maximumRotation)"])
            } ?? w(.cellNone)],
            [w(.cellSeed), "\(configuration.seed)"],
            [w(.cellTrainingValidationImages), "\(w.count(outcome.splits.training.count)) / \(w.count(outcome.splits.validation.count))"],
        ])
        if let last = outcome.history.last {
            table.append([w(.cellFinalTraining), "\(w.number(last.loss, decimals: 4)) / \(w.percent(last.accuracy, decimals: 2))"])
            if let loss = last.valLoss, let valAccuracy = last.valAccuracy {
                table.append([w(.cellFinalValidation), "\(w.number(loss, decimals: 4)) / \(w.percent(valAccuracy, decimals: 2))"])
            }
        }
        table.append([w(.cellTestAccuracyWilson), w(.cellAccuracyOnImages, [
            "accuracy": w.percent(accuracy, decimals: 2), "interval": w.percentInterval(interval.lower, interval.upper),
            "count": w.count(dataset.test.count)])])
        table.separated = [table.rows.count - 1]
        output.table(table, caption: w(.cellTrainCaption, ["id": CellOutput.cellID]))
        output.headline = "test accuracy \(NumberText.percent(accuracy))"
        output.testValues(correct: predictions.correct, of: dataset.test.count)
        output.historyValues(outcome.history)
        output.value("parameters", ReportValue(.count, Double(parameters)))
        output.value("training_images", ReportValue(.count, Double(outcome.splits.training.count)))
        output.value("validation_images", ReportValue(.count, Double(outcome.splits.validation.count)))
    }
}
