import ClassifierMetrics

/// Every rubric metric's value for one submission, or why it has none (a label-only file has no probabilities).
public struct MetricValues: Sendable {
    private let values: [GradingMetric: Double]
    private let reasons: [GradingMetric: String]

    /// Computes each metric the way `digitbook evaluate` does, against `trueLabels` with `classes` classes; only those
    /// in `wanted` when it is given (a rubric needs a few, and top-k sorts every row).
    public init(trueLabels: [Int], predictedLabels: [Int], probabilities: [[Double]]?, classes: Int,
                wanted: Set<GradingMetric> = Set(GradingMetric.allCases)) {
        var values: [GradingMetric: Double] = [:]
        var reasons: [GradingMetric: String] = [:]
        func record(_ metric: GradingMetric, _ compute: () throws(MetricsError) -> Double) {
            guard wanted.contains(metric) else { return }
            do {
                values[metric] = try compute()
            } catch {
                reasons[metric] = error.description
            }
        }
        let labels = Array(0..<classes)
        values[.accuracy] = AgreementStatistics.accuracy(trueLabels: trueLabels, predictedLabels: predictedLabels)
        record(.balancedAccuracy) { () throws(MetricsError) in
            try AgreementStatistics.balancedAccuracy(trueLabels: trueLabels, predictedLabels: predictedLabels)
        }
        record(.cohenKappa) { () throws(MetricsError) in
            try AgreementStatistics.cohenKappa(trueLabels: trueLabels, predictedLabels: predictedLabels)
        }
        if wanted.contains(.macroF1) || wanted.contains(.weightedF1) { do {
            let report = try ClassificationReport(trueLabels: trueLabels, predictedLabels: predictedLabels, labels: labels)
            values[.macroF1] = report.macroAverage.f1Score
            values[.weightedF1] = report.weightedAverage.f1Score
        } catch {
            reasons[.macroF1] = error.description
            reasons[.weightedF1] = error.description
        } }
        if let probabilities {
            record(.top2Accuracy) { () throws(MetricsError) in
                try ProbabilityMetrics.topKAccuracy(trueLabels: trueLabels, probabilities: probabilities, k: 2)
            }
            record(.top3Accuracy) { () throws(MetricsError) in
                try ProbabilityMetrics.topKAccuracy(trueLabels: trueLabels, probabilities: probabilities, k: 3)
            }
            record(.logLoss) { () throws(MetricsError) in
                try ProbabilityMetrics.logLoss(trueLabels: trueLabels, probabilities: probabilities)
            }
            record(.expectedCalibrationError) { () throws(MetricsError) in
                try ProbabilityMetrics.calibration(trueLabels: trueLabels, probabilities: probabilities).expectedCalibrationError
            }
        } else {
            for metric in GradingMetric.allCases where metric.needsProbabilities {
                reasons[metric] = "\(metric.rawValue) needs class probabilities (columns p0…p\(classes - 1)); "
                    + "the submission has only labels"
            }
        }
        self.values = values
        self.reasons = reasons
    }

    /// The metric's value, or nil when it has none.
    public func value(of metric: GradingMetric) -> Double? { values[metric] }

    /// Why the metric has no value, when it has none.
    public func reason(for metric: GradingMetric) -> String? { values[metric] == nil ? reasons[metric] ?? "not computed" : nil }
}
