extension ClassifierMetric {
    /// The metric of `predictedLabels` (and, for those that need them, `probabilities`) against `trueLabels`, as
    /// scikit-learn computes it: F1 averages over the labels that occur in either list, as `f1_score` does by default.
    public func value(trueLabels: [Int], predictedLabels: [Int], probabilities: [[Double]]?) throws(MetricsError) -> Double {
        if needsProbabilities, probabilities == nil {
            throw MetricsError("\(name) needs class probabilities; there are only predicted labels")
        }
        let rows = probabilities ?? []
        switch self {
        case .accuracy:
            try Self.checkLengths(trueLabels, predictedLabels)
            return AgreementStatistics.accuracy(trueLabels: trueLabels, predictedLabels: predictedLabels)
        case .errorRate:
            try Self.checkLengths(trueLabels, predictedLabels)
            return 1 - AgreementStatistics.accuracy(trueLabels: trueLabels, predictedLabels: predictedLabels)
        case .balancedAccuracy:
            return try AgreementStatistics.balancedAccuracy(trueLabels: trueLabels, predictedLabels: predictedLabels)
        case .cohenKappa:
            return try AgreementStatistics.cohenKappa(trueLabels: trueLabels, predictedLabels: predictedLabels)
        case .macroF1, .weightedF1:
            let present = Array(Set(trueLabels).union(predictedLabels)).sorted()
            let report = try ClassificationReport(trueLabels: trueLabels, predictedLabels: predictedLabels, labels: present)
            return self == .macroF1 ? report.macroAverage.f1Score : report.weightedAverage.f1Score
        case .top2Accuracy, .top3Accuracy:
            return try ProbabilityMetrics.topKAccuracy(trueLabels: trueLabels, probabilities: rows, k: topK ?? 1)
        case .logLoss:
            return try ProbabilityMetrics.logLoss(trueLabels: trueLabels, probabilities: rows)
        case .expectedCalibrationError:
            return try ProbabilityMetrics.calibration(trueLabels: trueLabels, probabilities: rows).expectedCalibrationError
        }
    }

    private static func checkLengths(_ trueLabels: [Int], _ predictedLabels: [Int]) throws(MetricsError) {
        guard trueLabels.count == predictedLabels.count, !trueLabels.isEmpty else {
            throw MetricsError("\(trueLabels.count) true labels and \(predictedLabels.count) predicted ones: they must be equal in "
                + "number and not empty")
        }
    }
}
