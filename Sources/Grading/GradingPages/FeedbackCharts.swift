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
        let words = grading.words
        var blocks: [DocumentBlock] = [.heading(level: 2, Inline.plain(words(.gradingGoesWrong)))]
        if let matrix = try? ConfusionMatrix(trueLabels: truth, predictedLabels: predicted, labels: labels) {
            let chart = ConfusionMatrixChart(labels: names, values: matrix.normalized(.trueLabels), normalized: true,
                                             title: words(.gradingConfusionTitle))
            blocks.append(try figure(chart, id: "confusion", caption: words(.gradingConfusionCaption)))
            blocks += confusions(matrix)
        }
        if let report = try? ClassificationReport(trueLabels: truth, predictedLabels: predicted, labels: labels) {
            let chart = PerClassMetricsChart(classes: names, precision: report.rows.map(\.precision), recall: report.rows.map(\.recall),
                                             f1: report.rows.map(\.f1Score), title: words(.gradingPerClassTitle))
            let weakest = report.rows.min { $0.f1Score < $1.f1Score }
            let weakestSentence = weakest.map {
                words(.sentenceSeparator) + words(.gradingWeakest, ["digit": $0.name, "f1": words.figure($0.f1Score)])
            }
            blocks.append(try figure(chart, id: "per-class", caption: words(.gradingPerClassCaption) + (weakestSentence ?? "")))
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
        let words = grading.words
        guard !cells.isEmpty else { return [.paragraph(words(.gradingNoMistakes))] }
        let items = cells.prefix(3).map { cell in
            Inline.plain(words(cell.count == 1 ? .gradingConfusionOnce : .gradingConfusion,
                               ["truth": String(cell.truth), "predicted": String(cell.predicted), "count": words.count(cell.count)]))
        }
        return [.paragraph(words(.gradingFrequentConfusions)), .list(ordered: false, items: Array(items))]
    }

    /// Up to 16 mistakes, the most confident first (in test-set order without probabilities), drawn from the key's images.
    private func mistakes(_ result: StudentResult, ids: [Int]) throws(ChartError) -> [DocumentBlock] {
        guard let images = grading.images, let predictions = result.predictions else { return [] }
        let wrong = Misclassified.examples(trueLabels: ids.map { grading.key[$0] }, predictedLabels: ids.map { predictions[$0] },
                                           probabilities: result.probabilities.map { rows in ids.map { rows[$0] } })
        guard !wrong.isEmpty else { return [] }
        let side = images.rows, words = grading.words
        let items = wrong.prefix(16).map { item in
            DigitGrid.Item(pixels: Array(images.image(at: ids[item.index])), side: side,
                           caption: "\(item.trueLabel) → \(item.predictedLabel)"
                               + (item.confidence.map { " (\(words.numbers.number($0, decimals: 2)))" } ?? ""))
        }
        let title = words(result.probabilities == nil ? .gradingMistakes : .gradingConfidentMistakes)
        let grid = DigitGrid(items: items, columns: 8, title: title)
        return [.heading(level: 2, Inline.plain(title)), try figure(grid, id: "mistakes", caption: words(
            result.probabilities == nil ? .gradingMistakesCaption : .gradingConfidentMistakesCaption))]
    }

    /// A chart drawn inline as SVG with its caption, as every figure of the feedback page is shown.
    func figure(_ chart: any Chart, id: String, caption: String) throws(ChartError) -> DocumentBlock {
        let chart = chart.speaking(grading.words.chart)
        return .figure(Figure(caption: Inline.plain(caption),
                       content: .drawing(.init(.svg(try chart.inlineSVG(id: id)), description: chart.summary))))
    }
}
