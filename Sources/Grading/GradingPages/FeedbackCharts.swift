import Charts
import ClassifierMetrics
import Foundation
import Pages

/// The figures of a graded student's feedback: confusion matrix, per-class scores, most confident mistakes.
struct FeedbackCharts {
    let grading: ClassGrading

    func sections(_ result: StudentResult, student: String) throws(ChartError) -> [DocumentBlock] {
        guard let predictions = result.predictions else { return [] }
        let ids = grading.split.privateIDs
        let truth = ids.map { grading.key[$0] }, predicted = ids.map { predictions[$0] }
        let names = (0..<grading.classes).map(String.init)
        let labels = Array(0..<grading.classes)
        var blocks: [DocumentBlock] = [.heading(level: 2, Inline.plain("Where your classifier goes wrong"))]
        if let matrix = try? ConfusionMatrix(trueLabels: truth, predictedLabels: predicted, labels: labels) {
            let chart = ConfusionMatrixChart(labels: names, values: matrix.normalized(.trueLabels), normalized: true,
                                             title: "Your confusion matrix, by true digit")
            blocks.append(try Self.figure(chart, id: "confusion", caption: "Each row is a true digit; the diagonal is the "
                + "share of it you read correctly, the other cells where the rest went."))
            blocks += confusions(matrix)
        }
        if let report = try? ClassificationReport(trueLabels: truth, predictedLabels: predicted, labels: labels) {
            let chart = PerClassMetricsChart(classes: names, precision: report.rows.map(\.precision), recall: report.rows.map(\.recall),
                                             f1: report.rows.map(\.f1Score), title: "Your precision, recall and F1 by digit")
            let weakest = report.rows.min { $0.f1Score < $1.f1Score }
            blocks.append(try Self.figure(chart, id: "per-class", caption: "Recall: of the true examples of a digit, the share "
                + "you found; precision: of your answers of a digit, the share that were right."
                + (weakest.map { " Your weakest digit is \($0.name) (F1 \(FeedbackText.figure($0.f1Score)))." } ?? "")))
        }
        return blocks + (try mistakes(result, ids: ids))
    }

    /// The three most frequent confusions as sentences.
    private func confusions(_ matrix: ConfusionMatrix) -> [DocumentBlock] {
        var cells: [(truth: Int, predicted: Int, count: Int)] = []
        for (row, counts) in matrix.counts.enumerated() {
            for (column, count) in counts.enumerated() where row != column && count > 0 { cells.append((row, column, count)) }
        }
        cells.sort { $0.count != $1.count ? $0.count > $1.count : ($0.truth, $0.predicted) < ($1.truth, $1.predicted) }
        guard !cells.isEmpty else { return [.paragraph("You made no mistakes on these test images.")] }
        let items = cells.prefix(3).map { cell in
            Inline.plain("a true \(cell.truth) read as \(cell.predicted): \(cell.count) time\(cell.count == 1 ? "" : "s")")
        }
        return [.paragraph("Your most frequent confusions:"), .list(ordered: false, items: Array(items))]
    }

    /// Up to 16 mistakes, the most confident first (in test-set order without probabilities), drawn from the key's images.
    private func mistakes(_ result: StudentResult, ids: [Int]) throws(ChartError) -> [DocumentBlock] {
        guard let images = grading.images, let predictions = result.predictions else { return [] }
        let wrong = Misclassified.examples(trueLabels: ids.map { grading.key[$0] }, predictedLabels: ids.map { predictions[$0] },
                                           probabilities: result.probabilities.map { rows in ids.map { rows[$0] } })
        guard !wrong.isEmpty else { return [] }
        let side = images.rows
        let items = wrong.prefix(16).map { item in
            DigitGrid.Item(pixels: Array(images.image(at: ids[item.index])), side: side,
                           caption: "\(item.trueLabel) → \(item.predictedLabel)"
                               + (item.confidence.map { String(format: " (%.2f)", $0) } ?? ""))
        }
        let title = result.probabilities == nil ? "Your mistakes" : "Your most confident mistakes"
        let grid = DigitGrid(items: items, columns: 8, title: title)
        return [.heading(level: 2, Inline.plain(title)), try Self.figure(grid, id: "mistakes", caption: "True digit → your answer"
            + (result.probabilities == nil ? "." : " (your probability for it). Confident mistakes hurt log loss and calibration most."))]
    }

    /// A chart drawn inline as SVG with its caption, as every figure of the feedback page is shown.
    static func figure(_ chart: any Chart, id: String, caption: String) throws(ChartError) -> DocumentBlock {
        .figure(Figure(caption: Inline.plain(caption),
                       content: .drawing(.init(.svg(try chart.inlineSVG(id: id)), description: chart.summary))))
    }
}
