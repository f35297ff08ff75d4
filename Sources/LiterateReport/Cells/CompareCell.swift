import Charts
import ClassifierMetrics
import IDX
import Localization
import NeuralNetwork
import NumberFormats
import Pages
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

        let w = context.words
        var table = HTMLTable(header: [w(.cellRun), w(.cellModel), w(.cellParameters), w(.cellEpochs), w(.cellTestAccuracy),
                                       w(.cellWilsonInterval), w(.cellLogLoss)], numeric: [2, 3, 4, 5, 6])
        var accuracies: [Double] = []
        for (index, run) in runs.enumerated() {
            // A predictions file has no model or epochs to show; a trained run has both.
            var model = w(.cellPredictionsFile), parameters = "–", epochs = "–"
            if let record = try? run.record() {
                var generator = SeededGenerator(seed: 0)
                let built = try ModelSpec(parsing: record.spec).build(inputShape: record.inputShape, classCount: record.classNames.count,
                    generator: &generator)
                model = record.configuration.model
                parameters = w.count(built.layers.reduce(0) { $0 + $1.parameterCount })
                epochs = record.imported == nil ? "\(record.configuration.epochs)" : w(.cellImported)
            }
            let correct = zip(labels, predicted[index]).filter { $0 == $1 }.count
            let interval = AgreementStatistics.wilsonInterval(successes: correct, trials: labels.count)
            accuracies.append(Double(correct) / Double(max(1, labels.count)))
            let logLoss = try predictions[index].probabilities.map { rows in
                w.number(try ProbabilityMetrics.logLoss(trueLabels: labels, probabilities: rows), decimals: 4)
            } ?? "–"
            table.append([names[index], model, parameters, epochs, w.percent(accuracies[index], decimals: 2),
                          w.percentInterval(interval.lower, interval.upper), logLoss])
        }
        output.table(table, caption: w(.cellCompareCaption, ["runs": names.joined(separator: "; "), "count": w.count(labels.count)]))

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
        var pairTable = HTMLTable(header: ["A", "B", w(.cellDifferencePoints), w(.cellBootstrapInterval), w(.cellOnlyARight),
                                           w(.cellOnlyBRight), w(.cellMcNemarP), w(.cellHolmP)],
                                  numeric: [2, 3, 4, 5, 6, 7])
        var verdicts: [String] = []
        for (index, pair) in pairs.enumerated() {
            let (a, b) = (names[pair.a], names[pair.b])
            let points = { (value: Double) in w.signed(100 * value) }
            pairTable.append([a, b, points(pair.difference.difference),
                              w(.cellRange, ["low": points(pair.difference.lower), "high": points(pair.difference.upper)]),
                              w.count(pair.test.table[0][1]), w.count(pair.test.table[1][0]),
                              w.pValue(pair.test.exactPValue), w.pValue(adjusted[index])])
            let prefix = "\(ids[pair.a])_vs_\(ids[pair.b])."
            output.value(prefix + "difference", ReportValue(.points, 100 * pair.difference.difference,
                                                          interval: (100 * pair.difference.lower, 100 * pair.difference.upper)))
            output.value(prefix + "p", ReportValue(.pValue, pair.test.exactPValue))
            output.value(prefix + "holm_p", ReportValue(.pValue, adjusted[index]))
            if adjusted[index] < 0.05 {
                verdicts.append(w(.cellBeats, ["winner": pair.difference.difference > 0 ? a : b,
                                               "loser": pair.difference.difference > 0 ? b : a]))
            }
        }
        output.table(pairTable, caption: w(pairs.count == 1 ? .cellPairsCaptionOne : .cellPairsCaption,
                                           ["resamples": w.count(resamples), "count": w.count(pairs.count)]))
        output.value("significant", ReportValue(.count, Double(verdicts.count)))
        output.value("pairs", ReportValue(.count, Double(pairs.count)))
        output.paragraph(Self.verdictSentence(verdicts, pairs: pairs.count, images: labels.count, words: w))
        // Curves only for runs trained here: an imported model or a predictions file has no training history.
        let trained = zip(ids, runs).filter { (try? $0.1.history()) != nil }.map(\.0)
        if !trained.isEmpty {
            let chart = TrainingCurvesChart(series: try CurvesCell.overlaid(trained, context: context), title: w(.cellValidationCurves))
            try output.figure("curves", chart, caption: w(.cellValidationCurvesCaption, [
                "runs": trained.map(context.document.shownName(ofRun:)).joined(separator: "; ")]))
        }
        let untrained = ids.filter { !trained.contains($0) }
        if !untrained.isEmpty {
            output.paragraph(w(.cellNoCurves, ["runs": untrained.joined(separator: w(.listSeparator))]))
        }
        output.headline = "best \(names[accuracies.indices.max { accuracies[$0] < accuracies[$1] } ?? 0]); \(verdicts.count) of "
            + "\(ValueFormat.counted(pairs.count, "difference")) significant"
    }

    /// What the paired tests found, in words that follow the count: none, some (the rest within chance) or all.
    static func verdictSentence(_ verdicts: [String], pairs: Int, images: Int, words w: LocalWords = .english) -> String {
        if verdicts.isEmpty { return w(.cellNoneSignificant) }
        let listed = verdicts.joined(separator: "; ")
        if verdicts.count == pairs { return w(.cellAllSignificant, ["listed": listed]) }
        let rest = pairs - verdicts.count
        return w(rest == 1 ? .cellSomeSignificantOne : .cellSomeSignificant,
                 ["listed": listed, "rest": w.count(rest), "images": w.count(images)])
    }
}
