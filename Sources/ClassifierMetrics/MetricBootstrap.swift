import Randomness

/// Percentile bootstrap intervals for a classifier's metrics on one test set: every metric from the same resamples of
/// the examples, each resample reduced to a confusion matrix and a few sums, so a class of students is quick to do.
public struct MetricBootstrap: Sendable {
    /// The metrics it can give intervals for (the ones `digitbook evaluate` reports).
    public enum Metric: Hashable, Sendable {
        case accuracy, balancedAccuracy, macroF1, weightedF1, cohenKappa, logLoss, expectedCalibrationError
        case topK(Int)

        var needsProbabilities: Bool {
            switch self {
            case .logLoss, .expectedCalibrationError, .topK: return true
            default: return false
            }
        }
    }

    public let resamples: Int
    public let level: Double

    public init(resamples: Int = 1000, level: Double = 0.95) {
        self.resamples = max(1, resamples)
        self.level = level
    }

    /// The interval of each metric in `metrics` that the data can give (probability metrics need `probabilities`),
    /// from `resamples` resamplings drawn from `generator`.
    public func intervals(
        of metrics: Set<Metric>, trueLabels: [Int], predictedLabels: [Int], probabilities: [[Double]]?, classes: Int,
        generator: inout SeededGenerator
    ) -> [Metric: (lower: Double, upper: Double)] {
        let n = trueLabels.count
        let wanted = metrics.filter { !$0.needsProbabilities || probabilities != nil }
        guard n > 0, predictedLabels.count == n, classes > 0, !wanted.isEmpty else { return [:] }
        let items = ItemFigures(trueLabels: trueLabels, predictedLabels: predictedLabels, probabilities: probabilities,
                                classes: classes, topK: wanted.compactMap { if case let .topK(k) = $0 { k } else { nil } })
        var values: [Metric: [Double]] = [:]
        var sample = ResampleSums(classes: classes, topK: items.topK)
        let withProbabilities = wanted.contains { $0.needsProbabilities }
        var weights = [Int32](repeating: 0, count: n)
        for _ in 0..<resamples {
            // How often each example is drawn, then every sum in one pass over the examples in order.
            weights.withUnsafeMutableBufferPointer { drawn in
                drawn.update(repeating: 0)
                for _ in 0..<n { drawn[Int(generator.uniformInteger(below: UInt64(n)))] &+= 1 }
            }
            sample.accumulate(items.packed, weights: weights, probabilities: withProbabilities)
            for metric in wanted { values[metric, default: []].append(sample.value(of: metric, count: n)) }
        }
        return values.mapValues { drawn in
            let sorted = drawn.sorted()
            return (PairedComparison.percentile(sorted, (1 - level) / 2), PairedComparison.percentile(sorted, (1 + level) / 2))
        }
    }
}
