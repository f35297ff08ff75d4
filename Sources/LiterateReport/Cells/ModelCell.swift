import ClassifierMetrics
import DatasetCatalog
import Evaluation
import FileIO
import Localization
import ModelImport
import NumberFormats
import Pages
import Runs
import Tensors

/// `model`: imports a Keras (.keras, .h5) or PyTorch (.safetensors with `spec`) model file, relative to the report,
/// as `digitbook import` does; other cells then use it by the cell's id as they use a trained run. Cached by the
/// file's SHA-256 (with the threads and BLAS kernels, which the predictions' bits depend on).
struct ModelCell: CellRunner {
    func keyInputs(_ cell: Cell, context: ReportContext) throws -> [String] {
        let path = try context.resolve(CellOptions(cell: cell, file: context.document.file).text("file"))
        return ["model " + SHA256Digest.hex(of: try FileBytes.read(path, limit: 1 << 30)), "threads \(context.threads)",
                "blas \(BLAS.coreName)"]
    }

    func run(_ cell: Cell, options: CellOptions, context: ReportContext, output: CellOutputBuilder) throws {
        let name = try options.text("file")
        let layout = try options.choice("layout", default: "pytorch", from: WeightLayout.allCases.map(\.rawValue))
        let pixels = try options.choice("pixels", default: "auto", from: ["auto"] + PixelRange.allCases.map(\.rawValue))
        let job = ImportJob(modelFile: try context.resolve(name), spec: cell.options["spec"] != nil ? try options.text("spec") : nil,
                            layout: WeightLayout(rawValue: layout) ?? .pytorch,
                            pixels: PixelRange(rawValue: pixels).map(ImportJob.Pixels.given) ?? .auto,
                            threads: context.threads, version: context.version)
        let dataset = try context.dataset()
        let outcome: ImportJob.Outcome
        do {
            outcome = try job.run(on: dataset, writingTo: RunDirectory(output.path("run")))
        } catch let error as ModelImportError {
            throw CellFailure(error.description.replacingOccurrences(of: job.modelFile, with: name))
        }
        let predictions = Predictions(labels: dataset.test.labels.map(Int.init),
                                      probabilities: outcome.testProbabilities.map { $0.map(Double.init) })
        try predictions.writeBinary(to: output.directory)
        let accuracy = predictions.accuracy
        let interval = AgreementStatistics.wilsonInterval(successes: predictions.correct, trials: dataset.test.count)
        let w = context.words
        var table = HTMLTable(header: [w(.cellImportedModel), w(.cellValue)])
        table.append(contentsOf: [
            [w(.cellFile), name + (outcome.record.imported.map { " (\($0.format))" } ?? "")],
            [w(.cellAsSpec), outcome.record.spec],
            [w(.cellParameters), w.count(outcome.model.layers.reduce(0) { $0 + $1.parameterCount })],
            [w(.cellPixels), Self.pixels(outcome.record.imported, words: w)],
            [w(.cellTestAccuracyWilson), w(.cellAccuracyOnImages, [
                "accuracy": w.percent(accuracy, decimals: 2), "interval": w.percentInterval(interval.lower, interval.upper),
                "count": w.count(dataset.test.count)])],
        ])
        output.table(table, caption: w(.cellModelCaption, ["id": CellOutput.cellID]))
        output.headline = "test accuracy \(NumberText.percent(accuracy))"
        output.testValues(correct: predictions.correct, of: dataset.test.count)
        output.value("parameters", ReportValue(.count, Double(outcome.model.layers.reduce(0) { $0 + $1.parameterCount })))
    }

    /// "0-255, chosen on the first 1,000 training images (0-1: 11.35%, 0-255: 97.80%)".
    static func pixels(_ record: ImportRecord?, words w: LocalWords = .english) -> String {
        guard let record else { return "–" }
        guard let accuracies = record.accuracies, let checked = record.checkedImages else {
            return w(.cellPixelsAsGiven, ["pixels": record.pixels])
        }
        let figures = PixelRange.allCases.map { "\($0.rawValue): \(w.percent(accuracies[$0.rawValue] ?? 0, decimals: 2))" }
        return w(.cellPixelsChecked, ["pixels": record.pixels, "count": w.count(checked),
                                      "figures": figures.joined(separator: w(.listSeparator))])
    }
}
