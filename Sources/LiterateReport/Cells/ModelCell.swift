import ClassifierMetrics
import DatasetCatalog
import Evaluation
import FileIO
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
        var table = HTMLTable(header: ["Imported model", "Value"])
        table.append(contentsOf: [
            ["File", name + (outcome.record.imported.map { " (\($0.format))" } ?? "")],
            ["As a Digitbook spec", outcome.record.spec],
            ["Parameters", outcome.model.layers.reduce(0) { $0 + $1.parameterCount }.thousandsSeparated],
            ["Pixels", Self.pixels(outcome.record.imported)],
            ["Test accuracy (95% Wilson interval)",
             "\(NumberText.percent(accuracy)) (\(NumberText.percentInterval(interval.lower, interval.upper))) on "
                + "\(dataset.test.count.thousandsSeparated) images"],
        ])
        output.table(table, caption: "Model \(CellOutput.cellID)")
        output.headline = "test accuracy \(NumberText.percent(accuracy))"
        output.testValues(correct: predictions.correct, of: dataset.test.count)
        output.value("parameters", ReportValue(.count, Double(outcome.model.layers.reduce(0) { $0 + $1.parameterCount })))
    }

    /// "0-255, chosen on the first 1,000 training images (0-1: 11.35%, 0-255: 97.80%)".
    static func pixels(_ record: ImportRecord?) -> String {
        guard let record else { return "–" }
        guard let accuracies = record.accuracies, let checked = record.checkedImages else { return "\(record.pixels), as given" }
        let figures = PixelRange.allCases.map { "\($0.rawValue): \(NumberText.percent(accuracies[$0.rawValue] ?? 0))" }
        return "\(record.pixels), the better on the first \(checked.thousandsSeparated) training images "
            + "(\(figures.joined(separator: ", ")))"
    }
}
