import Randomness
import Testing
@testable import ClassifierMetrics

/// The bootstrap's per-resample figures agree with the exact metrics on the whole sample, and its intervals behave.
@Suite struct MetricBootstrapTests {
    static func data(count: Int, seed: UInt64) -> (truth: [Int], predicted: [Int], probabilities: [[Double]]) {
        var generator = SeededGenerator(seed: seed)
        var truth: [Int] = [], predicted: [Int] = [], rows: [[Double]] = []
        for _ in 0..<count {
            let label = Int(generator.uniformInteger(below: 4))
            var row = (0..<4).map { _ in generator.uniformDouble() }
            row[label] += generator.uniformDouble() * 2
            let sum = row.reduce(0, +)
            row = row.map { $0 / sum }
            truth.append(label)
            rows.append(row)
            predicted.append(row.indices.max { row[$0] < row[$1] } ?? 0)
        }
        return (truth, predicted, rows)
    }

    @Test func resampleFiguresOnTheWholeSampleEqualTheExactMetrics() throws {
        let (truth, predicted, rows) = Self.data(count: 500, seed: 3)
        let items = ItemFigures(trueLabels: truth, predictedLabels: predicted, probabilities: rows, classes: 4, topK: [2, 3])
        var sums = ResampleSums(classes: 4, topK: [2, 3])
        sums.accumulate(items.packed, weights: [Int32](repeating: 1, count: truth.count), probabilities: true)
        func close(_ metric: MetricBootstrap.Metric, _ exact: Double) -> Bool { abs(sums.value(of: metric, count: 500) - exact) < 1e-12 }
        #expect(close(.accuracy, AgreementStatistics.accuracy(trueLabels: truth, predictedLabels: predicted)))
        #expect(close(.balancedAccuracy, try AgreementStatistics.balancedAccuracy(trueLabels: truth, predictedLabels: predicted)))
        #expect(close(.cohenKappa, try AgreementStatistics.cohenKappa(trueLabels: truth, predictedLabels: predicted)))
        let report = try ClassificationReport(trueLabels: truth, predictedLabels: predicted, labels: [0, 1, 2, 3])
        #expect(close(.macroF1, report.macroAverage.f1Score))
        #expect(close(.weightedF1, report.weightedAverage.f1Score))
        #expect(close(.logLoss, try ProbabilityMetrics.logLoss(trueLabels: truth, probabilities: rows)))
        #expect(close(.topK(2), try ProbabilityMetrics.topKAccuracy(trueLabels: truth, probabilities: rows, k: 2)))
        #expect(close(.topK(3), try ProbabilityMetrics.topKAccuracy(trueLabels: truth, probabilities: rows, k: 3)))
        let ece = try ProbabilityMetrics.calibration(trueLabels: truth, probabilities: rows).expectedCalibrationError
        #expect(close(.expectedCalibrationError, ece))
    }

    @Test func intervalsHoldTheEstimateNarrowWithMoreDataAndRepeat() {
        let small = Self.data(count: 200, seed: 8), large = Self.data(count: 5000, seed: 8)
        let metrics: Set<MetricBootstrap.Metric> = [.accuracy, .macroF1, .logLoss, .expectedCalibrationError]
        func intervals(_ data: ([Int], [Int], [[Double]]), seed: UInt64) -> [MetricBootstrap.Metric: (lower: Double, upper: Double)] {
            var generator = SeededGenerator(seed: seed)
            return MetricBootstrap(resamples: 400).intervals(of: metrics, trueLabels: data.0, predictedLabels: data.1,
                                                            probabilities: data.2, classes: 4, generator: &generator)
        }
        let a = intervals(small, seed: 1), b = intervals(large, seed: 1), again = intervals(small, seed: 1)
        let accuracy = AgreementStatistics.accuracy(trueLabels: small.truth, predictedLabels: small.predicted)
        let interval = a[.accuracy] ?? (0, 0)
        #expect(interval.lower < accuracy && accuracy < interval.upper)
        for metric in metrics {
            let narrow = (b[metric]?.upper ?? 9) - (b[metric]?.lower ?? 0), wide = (a[metric]?.upper ?? 0) - (a[metric]?.lower ?? 9)
            #expect(narrow < wide / 2, "\(metric)")
            #expect(a[metric]?.lower == again[metric]?.lower && a[metric]?.upper == again[metric]?.upper)
        }
        var generator = SeededGenerator(seed: 1)
        let labelsOnly = MetricBootstrap().intervals(of: metrics, trueLabels: small.truth, predictedLabels: small.predicted,
                                                     probabilities: nil, classes: 4, generator: &generator)
        #expect(Set(labelsOnly.keys) == [.accuracy, .macroF1])
    }
}
