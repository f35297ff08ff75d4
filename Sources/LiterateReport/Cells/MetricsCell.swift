import NumberFormats
import Pages
import IDX
import ClassifierMetrics
import Randomness

/// `metrics`: chosen measures of a run on the test set, each with a 95% interval: Wilson's for proportions
/// (accuracy, error rate, top-k), a normal interval for log loss and the Poisson bootstrap for the rest (ClassifierMetrics'
/// MetricBootstrap: one seeded stream, so the intervals do not depend on the machine's threads).
struct MetricsCell: CellRunner {
    static let known = ["accuracy", "error_rate", "balanced_accuracy", "cohen_kappa", "macro_f1", "weighted_f1", "log_loss",
                        "top_2_accuracy", "top_3_accuracy", "expected_calibration_error"]
    static let standard = ["accuracy", "balanced_accuracy", "macro_f1", "cohen_kappa", "log_loss", "top_2_accuracy",
        "expected_calibration_error"]
    static let measures: [String: MetricBootstrap.Metric] = [
        "accuracy": .accuracy, "balanced_accuracy": .balancedAccuracy, "cohen_kappa": .cohenKappa, "macro_f1": .macroF1,
        "weighted_f1": .weightedF1, "log_loss": .logLoss, "top_2_accuracy": .topK(2), "top_3_accuracy": .topK(3),
        "expected_calibration_error": .expectedCalibrationError,
    ]

    func run(_ cell: Cell, options: CellOptions, context: ReportContext, output: CellOutputBuilder) throws {
        let id = try options.text("run")
        let names = try options.list("metrics", default: Self.standard)
        for name in names where !Self.known.contains(name) {
            throw options.fail("metrics", "unknown metric \"\(name)\" (known: \(Self.known.joined(separator: ", ")))")
        }
        let resamples = try options.integer("resamples", default: 1_000, in: 100...100_000)
        let predictions = try context.run(id).predictions()
        let (labels, predicted, probabilities) = (predictions.labels, predictions.predicted, predictions.probabilities)
        let n = labels.count
        let classes = Array(Set(labels).union(predicted)).sorted()
        var generator = SeededGenerator(seed: context.frontMatter.seed)
        let bootstrap = MetricBootstrap(resamples: resamples)
        let intervals = bootstrap.intervals(
            of: Set(names.compactMap { Self.measures[$0] }), trueLabels: labels, predictedLabels: predicted,
            probabilities: probabilities, classes: (classes.last ?? 0) + 1, generator: &generator)

        var table = HTMLTable(header: ["Metric", "Value", "95% interval", "Interval by"], numeric: [1, 2])
        for name in names {
            if name == "error_rate" {
                let errors = (0..<n).filter { labels[$0] != predicted[$0] }.count
                let interval = AgreementStatistics.wilsonInterval(successes: errors, trials: n)
                table.rows.append([name, NumberText.percent(Double(errors) / Double(max(1, n))),
                                   NumberText.percentInterval(interval.lower, interval.upper), "Wilson"])
                continue
            }
            guard let measure = Self.measures[name] else { continue }
            guard measure.needsProbabilities == false || probabilities != nil else {
                table.rows.append([name, "–", "–", "needs class probabilities; \(id) has only labels"])
                continue
            }
            let value = try Self.value(of: name, labels: labels, predicted: predicted, probabilities: probabilities ?? [],
                                       classes: classes)
            let interval = intervals[measure] ?? (.nan, .nan)
            let proportion = bootstrap.method(of: measure) == "Wilson"
            table.rows.append([name, proportion ? NumberText.percent(value) : NumberText.fixed(value),
                               proportion ? NumberText.percentInterval(interval.lower, interval.upper)
                                   : "\(NumberText.fixed(interval.lower))–\(NumberText.fixed(interval.upper))",
                               bootstrap.method(of: measure)])
        }
        output.table(table, caption: "Metrics of \(id) on the \(n.thousandsSeparated) test images")
        output.headline = "\(names.count) metrics"
    }

    /// The metric on the whole test set, as scikit-learn computes it.
    static func value(of name: String, labels: [Int], predicted: [Int], probabilities: [[Double]], classes: [Int]) throws -> Double {
        switch name {
        case "accuracy": return AgreementStatistics.accuracy(trueLabels: labels, predictedLabels: predicted)
        case "balanced_accuracy": return try AgreementStatistics.balancedAccuracy(trueLabels: labels, predictedLabels: predicted)
        case "cohen_kappa": return try AgreementStatistics.cohenKappa(trueLabels: labels, predictedLabels: predicted)
        case "macro_f1":
            return try ClassificationReport(trueLabels: labels, predictedLabels: predicted, labels: classes).macroAverage.f1Score
        case "weighted_f1":
            return try ClassificationReport(trueLabels: labels, predictedLabels: predicted, labels: classes).weightedAverage.f1Score
        case "log_loss": return try ProbabilityMetrics.logLoss(trueLabels: labels, probabilities: probabilities)
        case "top_2_accuracy": return try ProbabilityMetrics.topKAccuracy(trueLabels: labels, probabilities: probabilities, k: 2)
        case "top_3_accuracy": return try ProbabilityMetrics.topKAccuracy(trueLabels: labels, probabilities: probabilities, k: 3)
        default: return try ProbabilityMetrics.calibration(trueLabels: labels, probabilities: probabilities).expectedCalibrationError
        }
    }
}
