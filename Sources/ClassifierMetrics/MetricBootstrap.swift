import Foundation
import Randomness

/// 95% intervals for a classifier's metrics on one test set, each the cheapest way that is still exact for it, so a
/// whole class of students is quick to do:
/// - accuracy and top-k accuracy: Wilson's score interval (a proportion);
/// - log loss: the normal interval of a mean of per-example losses (thousands of examples);
/// - balanced accuracy, F1 averages, Cohen's kappa: the Poisson bootstrap (Hanley and MacGibbon 2006; Chamandy et
///   al. 2012), in which each example counts Poisson(1) times; these metrics depend only on the confusion matrix, and
///   a sum of independent Poisson(1) counts is Poisson, so each resample draws one Poisson count per confusion cell;
/// - expected calibration error: the same bootstrap, example by example (16 random bits each).
/// Bootstrap intervals are percentile intervals over `resamples` resamples.
public struct MetricBootstrap: Sendable {
    public let resamples: Int
    public let level: Double

    /// How an interval is found: Wilson's score interval, the normal interval of a mean, or the Poisson bootstrap.
    public enum Method: Equatable, Sendable {
        case wilson
        case normal
        case poissonBootstrap(resamples: Int)
    }

    /// How the interval of `metric` is found (a report's table says it in words).
    public func method(of metric: ClassifierMetric) -> Method {
        switch metric {
        case .accuracy, .errorRate, .top2Accuracy, .top3Accuracy: .wilson
        case .logLoss: .normal
        default: .poissonBootstrap(resamples: resamples)
        }
    }

    public init(resamples: Int = 2000, level: Double = 0.95) {
        self.resamples = max(1, resamples)
        self.level = level
    }

    /// The interval of each metric in `metrics` that the data can give (probability metrics need `probabilities`);
    /// bootstrap resamples come from `generator`.
    public func intervals(
        of metrics: Set<ClassifierMetric>, trueLabels: [Int], predictedLabels: [Int], probabilities: [[Double]]?, classes: Int,
        generator: inout SeededGenerator
    ) -> [ClassifierMetric: (lower: Double, upper: Double)] {
        let n = trueLabels.count
        let wanted = metrics.filter { !$0.needsProbabilities || probabilities != nil }
        guard n > 0, predictedLabels.count == n, classes > 0, !wanted.isEmpty else { return [:] }
        let items = ItemFigures(trueLabels: trueLabels, predictedLabels: predictedLabels, probabilities: probabilities,
                                classes: classes, topK: wanted.compactMap(\.topK))
        let z = level == 0.95 ? AgreementStatistics.z95 : Self.normalQuantile((1 + level) / 2)
        var result: [ClassifierMetric: (lower: Double, upper: Double)] = [:]
        for metric in wanted {
            switch metric {
            case .accuracy:
                result[metric] = AgreementStatistics.wilsonInterval(successes: items.packed.filter(\.correct).count, trials: n, z: z)
            case .errorRate:
                result[metric] = AgreementStatistics.wilsonInterval(successes: items.packed.filter { !$0.correct }.count, trials: n, z: z)
            case .top2Accuracy, .top3Accuracy:
                let bit = UInt8(items.topK.firstIndex(of: metric.topK ?? 0) ?? 0)
                let hits = items.packed.filter { $0.hits & (1 << bit) != 0 }.count
                result[metric] = AgreementStatistics.wilsonInterval(successes: hits, trials: n, z: z)
            case .logLoss:
                let losses = items.packed.map(\.loss)
                let mean = losses.reduce(0, +) / Double(n)
                let spread = n > 1 ? (losses.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(n - 1)).squareRoot() : 0
                result[metric] = (mean - z * spread / Double(n).squareRoot(), mean + z * spread / Double(n).squareRoot())
            default:
                continue
            }
        }
        let byCells = wanted.filter { [.balancedAccuracy, .macroF1, .weightedF1, .cohenKappa].contains($0) }
        if !byCells.isEmpty {
            result.merge(cellBootstrap(byCells, items: items, classes: classes, generator: &generator)) { $1 }
        }
        if wanted.contains(.expectedCalibrationError) {
            result[.expectedCalibrationError] = percentiles(
                CalibrationResamples(items.packed).errors(resamples: resamples, generator: &generator))
        }
        return result
    }

    /// Percentile intervals of confusion-matrix metrics, each resample a Poisson count per cell.
    func cellBootstrap(_ metrics: Set<ClassifierMetric>, items: ItemFigures, classes: Int, generator: inout SeededGenerator)
        -> [ClassifierMetric: (lower: Double, upper: Double)] {
        var observed = [Int](repeating: 0, count: classes * classes + 1)
        for item in items.packed { observed[Int(item.cell)] += 1 }
        var values: [ClassifierMetric: [Double]] = [:]
        var counts = observed
        for _ in 0..<resamples {
            for cell in observed.indices { counts[cell] = PoissonSampler.draw(mean: Double(observed[cell]), generator: &generator) }
            let figures = CountMetrics(counts: counts, classes: classes)
            for metric in metrics { values[metric, default: []].append(figures.value(of: metric)) }
        }
        return values.mapValues(percentiles)
    }

    func percentiles(_ drawn: [Double]) -> (lower: Double, upper: Double) {
        let sorted = drawn.filter(\.isFinite).sorted()
        guard !sorted.isEmpty else { return (.nan, .nan) }
        return (PairedComparison.percentile(sorted, (1 - level) / 2), PairedComparison.percentile(sorted, (1 + level) / 2))
    }

    /// The standard normal quantile, by Newton steps on the distribution function (for levels other than 95%).
    static func normalQuantile(_ p: Double) -> Double {
        var x = (p - 0.5) * 5.0
        for _ in 0..<60 {
            let error = 0.5 * erfc(-x / 2.0.squareRoot()) - p
            x -= error / (exp(-x * x / 2) / (2 * Double.pi).squareRoot())
        }
        return x
    }
}
