import Charts
import ClassifierMetrics
import IDX
import Localization
import NumberFormats

/// `confusion`: the test-set confusion matrix as a heatmap, counts or normalised (`normalize: true`, `pred`, `all`).
struct ConfusionCell: CellRunner {
    func run(_ cell: Cell, options: CellOptions, context: ReportContext, output: CellOutputBuilder) throws {
        let id = try options.text("run")
        let normalization: ConfusionMatrix.Normalization?
        switch cell.options["normalize"] {
        case nil, .bool(false)?, .string("none")?: normalization = nil
        case .bool(true)?: normalization = .trueLabels
        case .string(let text)? where ConfusionMatrix.Normalization(rawValue: text) != nil:
            normalization = ConfusionMatrix.Normalization(rawValue: text)
        default:
            throw options.fail("normalize", "must be false, true (by true class), pred or all")
        }
        let predictions = try context.run(id).predictions()
        let classes = context.classNames
        let matrix = try ConfusionMatrix(trueLabels: predictions.labels, predictedLabels: predictions.predicted,
            labels: Array(classes.indices))
        let values = normalization.map(matrix.normalized) ?? matrix.counts.map { $0.map(Double.init) }
        let w = context.words
        let how = switch normalization {
        case nil: w(.cellHowCounts)
        case .trueLabels?: w(.cellHowRows)
        case .predictedLabels?: w(.cellHowColumns)
        case .all?: w(.cellHowAll)
        }
        let chart = ConfusionMatrixChart(labels: classes, values: values, normalized: normalization != nil,
            title: w(.cellConfusionTitle, ["run": id]))
        try output.figure("confusion_matrix", chart,
            caption: w(.cellConfusionCaption, ["run": id, "count": w.count(predictions.labels.count), "how": how]))
        let pairs = matrix.mostConfusedPairs(limit: 3).filter { $0.count > 0 }
        if !pairs.isEmpty {
            let listed = pairs.map {
                w(.cellConfusedPair, ["truth": classes[$0.trueLabel], "predicted": classes[$0.predictedLabel], "count": w.count($0.count)])
            }
            output.paragraph(w(.cellMostConfused, ["pairs": listed.joined(separator: w(.listSeparator))]))
        }
        output.headline = chart.summary
        let errors = predictions.labels.count - zip(predictions.labels, predictions.predicted).filter { $0 == $1 }.count
        output.value("errors", ReportValue(.count, Double(errors)))
        if let top = pairs.first { output.value("top_confusion_count", ReportValue(.count, Double(top.count))) }
    }
}
