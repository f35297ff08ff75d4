import Pages
import IDX
import ClassifierMetrics
import Randomness

/// `metrics`: chosen measures of a run on the test set, each with a 95% interval: Wilson's for proportions
/// (accuracy, top-k), a seeded percentile bootstrap for the rest.
struct MetricsCell: CellRunner {
    static let known = ["accuracy", "error_rate", "balanced_accuracy", "cohen_kappa", "macro_f1", "weighted_f1", "log_loss",
                        "top_2_accuracy", "top_3_accuracy", "expected_calibration_error"]
    static let standard = ["accuracy", "balanced_accuracy", "macro_f1", "cohen_kappa", "log_loss", "top_2_accuracy",
        "expected_calibration_error"]

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
        let bootstrap = Bootstrap(resamples: resamples, level: 0.95)

        var table = HTMLTable(header: ["Metric", "Value", "95% interval", "Interval by"], numeric: [1, 2])
        for name in names {
            var stream = generator.split()
            // Proportions get Wilson's interval from their count of successes.
            let successes: Int?
            switch name {
            case "accuracy": successes = (0..<n).filter { labels[$0] == predicted[$0] }.count
            case "error_rate": successes = (0..<n).filter { labels[$0] != predicted[$0] }.count
            case "top_2_accuracy", "top_3_accuracy":
                let share = try ProbabilityMetrics.topKAccuracy(trueLabels: labels, probabilities: probabilities,
                    k: name == "top_2_accuracy" ? 2 : 3)
                successes = Int((share * Double(n)).rounded())
            default: successes = nil
            }
            if let successes {
                let interval = AgreementStatistics.wilsonInterval(successes: successes, trials: n)
                table.rows.append([name, Formatting.percent(Double(successes) / Double(max(1, n))),
                    Formatting.percentInterval(interval.lower, interval.upper), "Wilson"])
                continue
            }
            let statistic = { (indices: [Int]) throws -> Double in
                let t = indices.map { labels[$0] }, p = indices.map { predicted[$0] }
                switch name {
                case "balanced_accuracy": return try AgreementStatistics.balancedAccuracy(trueLabels: t, predictedLabels: p)
                case "cohen_kappa": return try AgreementStatistics.cohenKappa(trueLabels: t, predictedLabels: p)
                case "macro_f1": return try ClassificationReport(trueLabels: t, predictedLabels: p, labels: classes).macroAverage.f1Score
                case "weighted_f1": return try ClassificationReport(trueLabels: t, predictedLabels: p,
                    labels: classes).weightedAverage.f1Score
                case "log_loss": return try ProbabilityMetrics.logLoss(trueLabels: t, probabilities: indices.map { probabilities[$0] })
                default: return try ProbabilityMetrics.calibration(trueLabels: t,
                    probabilities: indices.map { probabilities[$0] }).expectedCalibrationError
                }
            }
            let value = try statistic(Array(0..<n))
            let interval = try bootstrap.interval(count: n, generator: &stream, statistic: statistic)
            table.rows.append([name, Formatting.fixed(value), "\(Formatting.fixed(interval.lower))–\(Formatting.fixed(interval.upper))",
                               "bootstrap, \(resamples.thousandsSeparated) resamples"])
        }
        output.table(table, caption: "Metrics of \(id) on the \(n.thousandsSeparated) test images")
        output.headline = "\(names.count) metrics"
    }

}
