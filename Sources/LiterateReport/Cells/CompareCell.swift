import NumberFormats
import Pages
import Charts
import IDX
import ClassifierMetrics
import NeuralNetwork
import Randomness

/// `compare`: several runs side by side on the same test images: accuracy with intervals, the paired differences
/// with bootstrap intervals, McNemar's exact test for each pair (with Holm's correction), and overlaid curves.
struct CompareCell: CellRunner {
    /// The names the runs are shown by (their `name:`) are part of what the page shows.
    func keyInputs(_ cell: Cell, context: ReportContext) throws -> [String] {
        try CellOptions(cell: cell, file: context.document.file).list("runs").map {
            "shown \($0) as \(context.document.shownName(ofRun: $0))"
        }
    }

    func run(_ cell: Cell, options: CellOptions, context: ReportContext, output: CellOutputBuilder) throws {
        let ids = try options.list("runs")
        guard ids.count >= 2, Set(ids).count == ids.count else {
            throw options.fail("runs", "name two or more different runs")
        }
        let resamples = try options.integer("resamples", default: 2_000, in: 100...100_000)
        let runs = try ids.map { id throws(CellFailure) in try context.run(id) }
        let predictions = try runs.map { try $0.predictions() }
        let labels = predictions[0].labels
        guard predictions.allSatisfy({ $0.labels == labels }) else {
            throw CellFailure("the runs were not evaluated on the same test images")
        }
        let predicted = predictions.map(\.predicted)
        let names = ids.map(context.document.shownName(ofRun:))

        var table = HTMLTable(header: ["Run", "Model", "Parameters", "Epochs", "Test accuracy", "95% interval (Wilson)", "Log loss"],
            numeric: [2, 3, 4, 5, 6])
        var accuracies: [Double] = []
        for (index, run) in runs.enumerated() {
            // A predictions file has no model or epochs to show; a trained run has both.
            var model = "predictions file", parameters = "–", epochs = "–"
            if let record = try? run.record() {
                var generator = SeededGenerator(seed: 0)
                let built = try ModelSpec(parsing: record.spec).build(inputShape: record.inputShape, classCount: record.classNames.count,
                    generator: &generator)
                model = record.configuration.model
                parameters = (built.layers.reduce(0) { $0 + $1.parameterCount }).thousandsSeparated
                epochs = record.imported == nil ? "\(record.configuration.epochs)" : "imported"
            }
            let correct = zip(labels, predicted[index]).filter { $0 == $1 }.count
            let interval = AgreementStatistics.wilsonInterval(successes: correct, trials: labels.count)
            accuracies.append(Double(correct) / Double(max(1, labels.count)))
            let logLoss = try predictions[index].probabilities.map { rows in
                NumberText.fixed(try ProbabilityMetrics.logLoss(trueLabels: labels, probabilities: rows))
            } ?? "–"
            table.append([names[index], model, parameters, epochs, NumberText.percent(accuracies[index]),
                               NumberText.percentInterval(interval.lower, interval.upper), logLoss])
        }
        output.table(table, caption: "\(names.joined(separator: "; ")) on the same \(labels.count.thousandsSeparated) test images")

        var pairs: [(a: Int, b: Int, test: PairedComparison.McNemar, difference: (difference: Double, lower: Double, upper: Double))] = []
        var generator = SeededGenerator(seed: context.frontMatter.seed)
        for a in ids.indices {
            for b in ids.indices where b > a {
                var stream = generator.split()
                let test = try PairedComparison.mcnemar(trueLabels: labels, predictionsA: predicted[a], predictionsB: predicted[b])
                let difference = try PairedComparison.bootstrapAccuracyDifference(
                    trueLabels: labels, predictionsA: predicted[a], predictionsB: predicted[b], resamples: resamples, generator: &stream)
                pairs.append((a, b, test, difference))
            }
        }
        let adjusted = MultipleTesting.holm(pairs.map(\.test.exactPValue))
        var pairTable = HTMLTable(header: ["A", "B", "Accuracy A − B (points)", "95% interval (bootstrap)", "Only A right",
            "Only B right", "McNemar p", "Holm p"],
                                  numeric: [2, 3, 4, 5, 6, 7])
        var verdicts: [String] = []
        for (index, pair) in pairs.enumerated() {
            let (a, b) = (names[pair.a], names[pair.b])
            let points = { (value: Double) in NumberText.signed(100 * value) }
            pairTable.append([a, b, points(pair.difference.difference),
                                   "\(points(pair.difference.lower)) to \(points(pair.difference.upper))",
                                   pair.test.table[0][1].thousandsSeparated, pair.test.table[1][0].thousandsSeparated,
                                   NumberText.pValue(pair.test.exactPValue), NumberText.pValue(adjusted[index])])
            let prefix = "\(ids[pair.a])_vs_\(ids[pair.b])."
            output.value(prefix + "difference", ReportValue(.points, 100 * pair.difference.difference,
                                                          interval: (100 * pair.difference.lower, 100 * pair.difference.upper)))
            output.value(prefix + "p", ReportValue(.pValue, pair.test.exactPValue))
            output.value(prefix + "holm_p", ReportValue(.pValue, adjusted[index]))
            if adjusted[index] < 0.05 {
                verdicts.append("\(pair.difference.difference > 0 ? a : b) beats \(pair.difference.difference > 0 ? b : a)")
            }
        }
        output.table(pairTable,
            caption: "Paired comparisons on the same test images: the accuracy difference with a "
                + "\(resamples.thousandsSeparated)-resample bootstrap interval, McNemar's exact test on the images only one run "
                    + "gets right, and Holm's correction for \(pairs.count) comparison\(pairs.count == 1 ? "" : "s")")
        output.value("significant", ReportValue(.count, Double(verdicts.count)))
        output.value("pairs", ReportValue(.count, Double(pairs.count)))
        output.paragraph(Self.verdictSentence(verdicts, pairs: pairs.count, images: labels.count))
        // Curves only for runs trained here: an imported model or a predictions file has no training history.
        let trained = zip(ids, runs).filter { (try? $0.1.history()) != nil }.map(\.0)
        if !trained.isEmpty {
            let chart = TrainingCurvesChart(series: try CurvesCell.overlaid(trained, context: context), title: "Validation curves")
            try output.figure("curves", chart, caption: "Validation loss and accuracy per epoch of "
                + trained.map(context.document.shownName(ofRun:)).joined(separator: "; "))
        }
        let untrained = ids.filter { !trained.contains($0) }
        if !untrained.isEmpty {
            output.paragraph(("No training curves for " + untrained.joined(separator: ", ")
                + ": imported models and predictions files have no training history."))
        }
        output.headline = "best \(names[accuracies.indices.max { accuracies[$0] < accuracies[$1] } ?? 0]); \(verdicts.count) of "
            + "\(ValueFormat.counted(pairs.count, "difference")) significant"
    }

    /// What the paired tests found, in words that follow the count: none, some (the rest within chance) or all.
    static func verdictSentence(_ verdicts: [String], pairs: Int, images: Int) -> String {
        if verdicts.isEmpty {
            return "No difference is significant at the 5% level after Holm's correction: on these test images the runs cannot be "
                + "told apart."
        }
        let listed = verdicts.joined(separator: "; ")
        if verdicts.count == pairs {
            return "Every difference is significant at the 5% level after Holm's correction: \(listed)."
        }
        let rest = pairs - verdicts.count
        return "Significant at the 5% level after Holm's correction: \(listed). "
            + (rest == 1 ? "The other difference is" : "The other \(rest) differences are")
            + " within what chance gives on \(images.thousandsSeparated) images."
    }
}
