import NumberFormats
import Pages
import ClassifierMetrics
import Randomness

/// `metrics`: chosen measures of a run on the test set, from ClassifierMetrics' catalogue, each with a 95% interval:
/// Wilson's for proportions (accuracy, error rate, top-k), a normal interval for log loss and the Poisson bootstrap for
/// the rest (MetricBootstrap: one seeded stream, so the intervals do not depend on the machine's threads).
struct MetricsCell: CellRunner {
    static let standard: [ClassifierMetric] = [.accuracy, .balancedAccuracy, .macroF1, .cohenKappa, .logLoss, .top2Accuracy,
                                               .expectedCalibrationError]

    func run(_ cell: Cell, options: CellOptions, context: ReportContext, output: CellOutputBuilder) throws {
        let id = try options.text("run")
        let metrics = try options.list("metrics", default: Self.standard.map(\.name)).map { name in
            guard let metric = ClassifierMetric.named(name) else {
                throw options.fail("metrics", "unknown metric \"\(name)\" (known: \(ClassifierMetric.names))")
            }
            return metric
        }
        let resamples = try options.integer("resamples", default: 1_000, in: 100...100_000)
        let predictions = try context.run(id).predictions()
        let (labels, predicted, probabilities) = (predictions.labels, predictions.predicted, predictions.probabilities)
        let classes = (Set(labels).union(predicted).max() ?? 0) + 1
        var generator = SeededGenerator(seed: context.frontMatter.seed)
        let bootstrap = MetricBootstrap(resamples: resamples)
        let intervals = bootstrap.intervals(of: Set(metrics), trueLabels: labels, predictedLabels: predicted,
                                            probabilities: probabilities, classes: classes, generator: &generator)

        var table = HTMLTable(header: ["Metric", "Value", "95% interval", "Interval by"], numeric: [1, 2])
        for metric in metrics {
            guard !metric.needsProbabilities || probabilities != nil else {
                table.append([metric.displayName, "–", "–", "needs class probabilities; \(id) has only labels"])
                continue
            }
            let value = try metric.value(trueLabels: labels, predictedLabels: predicted, probabilities: probabilities)
            let interval = intervals[metric] ?? (.nan, .nan)
            table.append([metric.displayName, metric.formatted(value), metric.formatted(interval.lower, interval.upper),
                               bootstrap.method(of: metric)])
            output.value(metric.name, ReportValue(metric.isProportion ? .proportion : .number, value,
                                                  interval: interval.lower.isFinite ? interval : nil))
        }
        output.table(table, caption: "Metrics of \(id) on the \(labels.count.thousandsSeparated) test images")
        output.headline = "\(metrics.count) metrics"
    }
}
