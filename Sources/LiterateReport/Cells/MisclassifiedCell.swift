import Charts
import ClassifierMetrics
import IDX
import Localization
import NumberFormats
import Pages

/// `misclassified`: the test images the run got wrong, most confident first.
struct MisclassifiedCell: CellRunner {
    func run(_ cell: Cell, options: CellOptions, context: ReportContext, output: CellOutputBuilder) throws {
        let id = try options.text("run")
        let count = try options.integer("count", default: 24, in: 1...200)
        let predictions = try context.run(id).predictions()
        let test = try context.dataset().test
        guard test.labels.map(Int.init) == predictions.labels else {
            throw CellFailure("the test set in the data folder is not the one run \(id) was evaluated on")
        }
        let wrong = Misclassified.examples(trueLabels: predictions.labels, predictedLabels: predictions.predicted,
            probabilities: predictions.probabilities)
        let classes = context.classNames
        let w = context.words
        output.paragraph(w(wrong.isEmpty ? .cellMisclassifiedNone : .cellMisclassifiedSome, [
            "run": id, "wrong": w.count(wrong.count), "count": w.count(predictions.labels.count),
            "share": w.percent(Double(wrong.count) / Double(max(1, predictions.labels.count)), decimals: 2),
            "shown": w.count(min(count, wrong.count)),
        ]))
        output.headline = "\(wrong.count) misclassified"
        guard !wrong.isEmpty else { return }
        let items = wrong.prefix(count).map { item in
            DigitGrid.Item(pixels: Array(test.images.image(at: item.index)), side: test.images.rows,
                           caption: "\(classes[item.trueLabel]) → \(classes[item.predictedLabel])"
                               + (item.confidence.map { " (\(w.number($0, decimals: 2)))" } ?? ""))
        }
        try output.figure("misclassified", DigitGrid(items: items, title: w(.cellMisclassifiedTitle, ["run": id])),
                          caption: w(.cellMisclassifiedCaption, ["run": id, "count": w.count(items.count)]), raster: true)
    }
}
