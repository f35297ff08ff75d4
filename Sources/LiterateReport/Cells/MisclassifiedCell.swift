import Charts
import ClassifierMetrics
import IDX
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
        output.paragraph((
            "\(id) misclassifies \(wrong.count.thousandsSeparated) of \(predictions.labels.count.thousandsSeparated) test images ("
                + NumberText.percent(Double(wrong.count) / Double(max(1, predictions.labels.count))) + ")"
                + (wrong.isEmpty ? "." : "; below, the \(min(count, wrong.count)) it was most sure of, as true → predicted "
                    + "(probability).")))
        output.headline = "\(wrong.count) misclassified"
        guard !wrong.isEmpty else { return }
        let items = wrong.prefix(count).map { item in
            DigitGrid.Item(pixels: Array(test.images.image(at: item.index)), side: test.images.rows,
                           caption: "\(classes[item.trueLabel]) → \(classes[item.predictedLabel])"
                               + (item.confidence.map { " (\(NumberText.fixed($0, 2)))" } ?? ""))
        }
        try output.figure("misclassified", DigitGrid(items: items, title: "Misclassified by \(id), most confident first"),
                          caption: "The \(items.count) test images \(id) misclassified most confidently", raster: true)
    }
}
