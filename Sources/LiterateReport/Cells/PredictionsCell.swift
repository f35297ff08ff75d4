import ClassifierMetrics
import DatasetCatalog
import Evaluation
import FileIO
import Localization
import NumberFormats
import Pages

/// `predictions`: a CSV of test-set predictions made by any tool (`id,label[,p0,…]`, checked as `digitbook evaluate
/// --predictions` checks it), which evaluation cells then use by the cell's id as they use a trained run. Cached by
/// the file's SHA-256. A file with labels only serves every cell that needs no probabilities.
struct PredictionsCell: CellRunner {
    func keyInputs(_ cell: Cell, context: ReportContext) throws -> [String] {
        let path = try context.resolve(CellOptions(cell: cell, file: context.document.file).text("file"))
        return ["predictions " + SHA256Digest.hex(of: try FileBytes.read(path, limit: 1 << 30))]
    }

    func run(_ cell: Cell, options: CellOptions, context: ReportContext, output: CellOutputBuilder) throws {
        let name = try options.text("file")
        let path = try context.resolve(name)
        let dataset = try context.dataset()
        let predictions: Predictions
        do {
            predictions = try Predictions(csv: path, labels: dataset.test.labels.map(Int.init),
                                          classes: dataset.manifest.classNames.count)
        } catch {
            throw CellFailure(error.description)
        }
        try predictions.writeBinary(to: output.directory)
        let labels = predictions.labels
        let interval = AgreementStatistics.wilsonInterval(successes: predictions.correct, trials: labels.count)
        let accuracy = predictions.accuracy
        let w = context.words
        var table = HTMLTable(header: [w(.cellPredictions), w(.cellValue)])
        table.append(contentsOf: [
            [w(.cellFile), name],
            [w(.cellTestImages), w.count(labels.count)],
            [w(.cellColumns), w(predictions.probabilities == nil ? .cellLabelsOnly : .cellLabelsAndProbabilities)],
            [w(.cellTestAccuracy), w(.cellAccuracyInterval, ["accuracy": w.percent(accuracy, decimals: 2),
                                                            "interval": w.percentInterval(interval.lower, interval.upper)])],
        ])
        output.table(table, caption: w(.cellPredictionsCaption, ["id": CellOutput.cellID]))
        output.headline = "test accuracy \(NumberText.percent(accuracy))"
        output.testValues(correct: predictions.correct, of: labels.count)
    }
}
