import ClassifierMetrics
import DatasetCatalog
import Evaluation
import FileIO
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
        let file: PredictionsFile
        do {
            file = try PredictionsFile(path: path, count: dataset.test.count, classes: dataset.manifest.classNames.count)
        } catch {
            throw CellFailure(error.description)
        }
        let labels = dataset.test.labels
        if let probabilities = file.probabilities {
            try TestPredictionsFile.write(labels: labels, probabilities: probabilities.map { $0.map(Float.init) }, to: output.directory)
        } else {
            try TestPredictionsFile.write(labels: labels, predicted: file.labels.map(UInt8.init), to: output.directory)
        }
        let correct = zip(file.labels, labels).filter { $0 == Int($1) }.count
        let interval = AgreementStatistics.wilsonInterval(successes: correct, trials: labels.count)
        let accuracy = Double(correct) / Double(max(1, labels.count))
        var table = HTMLTable(header: ["Predictions", ""])
        table.rows = [
            ["File", name],
            ["Test images", labels.count.thousandsSeparated],
            ["Columns", file.probabilities == nil ? "labels only" : "labels and class probabilities"],
            ["Test accuracy",
             "\(NumberText.percent(accuracy)) (95% interval \(NumberText.percentInterval(interval.lower, interval.upper)))"],
        ]
        output.table(table, caption: "Predictions \(CellOutput.cellID)")
        output.headline = "test accuracy \(NumberText.percent(accuracy))"
    }
}
