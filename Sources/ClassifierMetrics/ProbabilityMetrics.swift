import Foundation

/// Metrics of predicted class probabilities: log loss, top-k accuracy and calibration.
public enum ProbabilityMetrics {
    /// Mean negative log-probability of the true class, probabilities clipped to [ε, 1 - ε] with float64's ε
    /// (scikit-learn's `log_loss`; rows are not renormalised).
    public static func logLoss(trueLabels: [Int], probabilities: [[Double]]) throws(MetricsError) -> Double {
        try check(trueLabels, probabilities)
        let epsilon = Double.ulpOfOne
        let losses = zip(trueLabels, probabilities).map { label, row in -log(min(max(row[label], epsilon), 1 - epsilon)) }
        return NumPySum.mean(losses)
    }

    /// The fraction of examples whose true class is among the `k` most probable; among equal probabilities the
    /// higher class index ranks first, as in scikit-learn's `top_k_accuracy_score`.
    public static func topKAccuracy(trueLabels: [Int], probabilities: [[Double]], k: Int) throws(MetricsError) -> Double {
        try check(trueLabels, probabilities)
        guard k >= 1 else { throw MetricsError("k must be at least 1, got \(k)") }
        let hits = zip(trueLabels, probabilities).filter { label, row in
            let ranked = row.indices.sorted { row[$0] != row[$1] ? row[$0] > row[$1] : $0 > $1 }
            return ranked.prefix(k).contains(label)
        }.count
        return Double(hits) / Double(trueLabels.count)
    }

    /// One bin of a reliability diagram.
    public struct CalibrationBin: Equatable, Sendable {
        public let lower: Double
        public let upper: Double
        public let count: Int
        /// Mean top-1 confidence of the examples in the bin (0 when empty).
        public let confidence: Double
        /// Their accuracy (0 when empty).
        public let accuracy: Double
    }

    /// Expected calibration error over `bins` equal-width bins of top-1 confidence (Guo et al. 2017): the
    /// count-weighted mean of |accuracy - confidence|, with the bins for the reliability diagram. Bin i holds
    /// confidences in (i/bins, (i+1)/bins].
    public static func calibration(trueLabels: [Int], probabilities: [[Double]], bins: Int = 15) throws(MetricsError)
        -> (expectedCalibrationError: Double, bins: [CalibrationBin])
    {
        try check(trueLabels, probabilities)
        guard bins > 0 else { throw MetricsError("calibration needs at least one bin, got \(bins)") }
        var count = [Int](repeating: 0, count: bins), correct = count
        var confidence = [Double](repeating: 0, count: bins)
        for (label, row) in zip(trueLabels, probabilities) {
            let predicted = row.indices.max { row[$0] < row[$1] } ?? 0
            let top = row[predicted]
            let bin = ItemFigures.bin(of: top, bins: bins)
            count[bin] += 1
            confidence[bin] += top
            if predicted == label { correct[bin] += 1 }
        }
        let total = Double(trueLabels.count)
        var error = 0.0
        let result = (0..<bins).map { bin -> CalibrationBin in
            let n = count[bin]
            let meanConfidence = n == 0 ? 0 : confidence[bin] / Double(n)
            let accuracy = n == 0 ? 0 : Double(correct[bin]) / Double(n)
            error += Double(n) / total * abs(accuracy - meanConfidence)
            return CalibrationBin(lower: Double(bin) / Double(bins), upper: Double(bin + 1) / Double(bins), count: n,
                                  confidence: meanConfidence, accuracy: accuracy)
        }
        return (error, result)
    }

    private static func check(_ labels: [Int], _ probabilities: [[Double]]) throws(MetricsError) {
        guard labels.count == probabilities.count, !labels.isEmpty else {
            throw MetricsError("\(labels.count) labels but \(probabilities.count) probability rows")
        }
        let classes = probabilities[0].count
        guard probabilities.allSatisfy({ $0.count == classes }), labels.allSatisfy({ (0..<classes).contains($0) }) else {
            throw MetricsError("probability rows must all have one column per class, and labels must index them")
        }
        for (row, values) in probabilities.enumerated() {
            if let column = values.firstIndex(where: { !$0.isFinite || $0 < 0 || $0 > 1 }) {
                throw MetricsError("row \(row) holds \(values[column]) for class \(column); probabilities must be numbers from 0 to 1")
            }
        }
    }
}
