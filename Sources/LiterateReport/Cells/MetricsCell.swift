import ClassifierMetrics
import Localization
import NumberFormats
import Pages
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

        let w = context.words
        var table = HTMLTable(header: [w(.cellMetric), w(.cellValue), w(.cellInterval), w(.cellIntervalBy)], numeric: [1, 2])
        for metric in metrics {
            guard !metric.needsProbabilities || probabilities != nil else {
                table.append([Self.name(metric, w), "–", "–", w(.cellNeedsProbabilities, ["run": id])])
                continue
            }
            let value = try metric.value(trueLabels: labels, predictedLabels: predicted, probabilities: probabilities)
            let interval = intervals[metric] ?? (.nan, .nan)
            table.append([Self.name(metric, w), Self.formatted(metric, value, w),
                          metric.isProportion ? w.percentInterval(interval.lower, interval.upper)
                              : w.number(interval.lower, decimals: 4) + "–" + w.number(interval.upper, decimals: 4),
                          Self.method(bootstrap.method(of: metric), w)])
            output.value(metric.name, ReportValue(metric.isProportion ? .proportion : .number, value,
                                                  interval: interval.lower.isFinite ? interval : nil))
        }
        output.table(table, caption: w(.cellMetricsCaption, ["run": id, "count": w.count(labels.count)]))
        output.headline = "\(metrics.count) metrics"
    }

    /// A metric's name in the report's language.
    static func name(_ metric: ClassifierMetric, _ w: LocalWords) -> String {
        switch metric {
        case .accuracy: w(.metricAccuracy)
        case .errorRate: w(.metricErrorRate)
        case .balancedAccuracy: w(.metricBalancedAccuracy)
        case .macroF1: w(.metricMacroF1)
        case .weightedF1: w(.metricWeightedF1)
        case .cohenKappa: w(.metricCohenKappa)
        case .top2Accuracy: w(.metricTop2Accuracy)
        case .top3Accuracy: w(.metricTop3Accuracy)
        case .logLoss: w(.metricLogLoss)
        case .expectedCalibrationError: w(.metricExpectedCalibrationError)
        }
    }

    /// A value as ClassifierMetric formats it (a percentage with two decimals, else four decimals), in the report's numbers.
    static func formatted(_ metric: ClassifierMetric, _ value: Double, _ w: LocalWords) -> String {
        metric.isProportion ? w.percent(value, decimals: 2) : w.number(value, decimals: 4)
    }

    /// How the metric's interval is found (MetricBootstrap's method), in the report's language.
    static func method(_ method: MetricBootstrap.Method, _ w: LocalWords) -> String {
        switch method {
        case .wilson: w(.cellMethodWilson)
        case .normal: w(.cellMethodNormal)
        case .poissonBootstrap(let resamples): w(.cellMethodBootstrap, ["resamples": w.count(resamples)])
        }
    }
}
