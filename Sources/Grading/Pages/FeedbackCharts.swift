import Charts
import ClassifierMetrics
import Foundation
import Pages

/// The figures of a graded student's feedback: confusion matrix, per-class scores, most confident mistakes.
struct FeedbackCharts {
    let grading: ClassGrading

    func sections(_ result: StudentResult, student: String) throws(ChartError) -> String {
        guard let predictions = result.predictions else { return "" }
        let ids = grading.split.privateIDs
        let truth = ids.map { grading.key[$0] }, predicted = ids.map { predictions[$0] }
        let names = (0..<grading.classes).map(String.init)
        let labels = Array(0..<grading.classes)
        var html = "<h2>Where your classifier goes wrong</h2>\n"
        if let matrix = try? ConfusionMatrix(trueLabels: truth, predictedLabels: predicted, labels: labels) {
            let chart = ConfusionMatrixChart(labels: names, values: matrix.normalized(.trueLabels), normalized: true,
                                             title: "Your confusion matrix, by true digit")
            html += Self.figure(try chart.inlineSVG(id: "confusion"), caption: "Each row is a true digit; the diagonal is the "
                + "share of it you read correctly, the other cells where the rest went.")
            html += confusions(matrix)
        }
        if let report = try? ClassificationReport(trueLabels: truth, predictedLabels: predicted, labels: labels) {
            let chart = PerClassMetricsChart(classes: names, precision: report.rows.map(\.precision), recall: report.rows.map(\.recall),
                                             f1: report.rows.map(\.f1Score), title: "Your precision, recall and F1 by digit")
            let weakest = report.rows.min { $0.f1Score < $1.f1Score }
            html += Self.figure(try chart.inlineSVG(id: "per-class"), caption: "Recall: of the true examples of a digit, the share "
                + "you found; precision: of your answers of a digit, the share that were right."
                + (weakest.map { " Your weakest digit is \($0.name) (F1 \(FeedbackText.figure($0.f1Score)))." } ?? ""))
        }
        html += try mistakes(result, ids: ids)
        return html
    }

    /// The three most frequent confusions as sentences.
    private func confusions(_ matrix: ConfusionMatrix) -> String {
        var cells: [(truth: Int, predicted: Int, count: Int)] = []
        for (row, counts) in matrix.counts.enumerated() {
            for (column, count) in counts.enumerated() where row != column && count > 0 { cells.append((row, column, count)) }
        }
        cells.sort { $0.count != $1.count ? $0.count > $1.count : ($0.truth, $0.predicted) < ($1.truth, $1.predicted) }
        guard !cells.isEmpty else { return "<p>You made no mistakes on these test images.</p>\n" }
        let items = cells.prefix(3).map { cell in
            "<li>a true \(cell.truth) read as \(cell.predicted): \(cell.count) time\(cell.count == 1 ? "" : "s")</li>"
        }
        return "<p>Your most frequent confusions:</p>\n<ul>\n" + items.joined(separator: "\n") + "\n</ul>\n"
    }

    /// Up to 16 mistakes, the most confident first (in test-set order without probabilities), drawn from the key's images.
    private func mistakes(_ result: StudentResult, ids: [Int]) throws(ChartError) -> String {
        guard let images = grading.images, let predictions = result.predictions else { return "" }
        let wrong = Misclassified.examples(trueLabels: ids.map { grading.key[$0] }, predictedLabels: ids.map { predictions[$0] },
                                           probabilities: result.probabilities.map { rows in ids.map { rows[$0] } })
        guard !wrong.isEmpty else { return "" }
        let side = images.rows
        let items = wrong.prefix(16).map { item in
            DigitGrid.Item(pixels: Array(images.image(at: ids[item.index])), side: side,
                           caption: "\(item.trueLabel) → \(item.predictedLabel)"
                               + (item.confidence.map { String(format: " (%.2f)", $0) } ?? ""))
        }
        let title = result.probabilities == nil ? "Your mistakes" : "Your most confident mistakes"
        let grid = DigitGrid(items: items, columns: 8, title: title)
        return "<h2>\(title)</h2>\n" + Self.figure(try grid.inlineSVG(id: "mistakes"), caption: "True digit → your answer"
            + (result.probabilities == nil ? "." : " (your probability for it). Confident mistakes hurt log loss and calibration most."))
    }

    /// An inline SVG chart with its caption, as every figure of the feedback page is written.
    static func figure(_ svg: String, caption: String) -> String {
        "<figure>\n\(svg)\n<figcaption>\(HTMLText.escaped(caption))</figcaption>\n</figure>\n"
    }
}
