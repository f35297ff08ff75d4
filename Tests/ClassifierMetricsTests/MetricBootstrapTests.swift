import Foundation
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
        func close(_ metric: ClassifierMetric, _ exact: Double) -> Bool { abs(sums.value(of: metric) - exact) < 1e-12 }
        #expect(close(.accuracy, AgreementStatistics.accuracy(trueLabels: truth, predictedLabels: predicted)))
        #expect(close(.balancedAccuracy, try AgreementStatistics.balancedAccuracy(trueLabels: truth, predictedLabels: predicted)))
        #expect(close(.cohenKappa, try AgreementStatistics.cohenKappa(trueLabels: truth, predictedLabels: predicted)))
        let report = try ClassificationReport(trueLabels: truth, predictedLabels: predicted, labels: [0, 1, 2, 3])
        #expect(close(.macroF1, report.macroAverage.f1Score))
        #expect(close(.weightedF1, report.weightedAverage.f1Score))
        #expect(close(.logLoss, try ProbabilityMetrics.logLoss(trueLabels: truth, probabilities: rows)))
        #expect(close(.top2Accuracy, try ProbabilityMetrics.topKAccuracy(trueLabels: truth, probabilities: rows, k: 2)))
        #expect(close(.top3Accuracy, try ProbabilityMetrics.topKAccuracy(trueLabels: truth, probabilities: rows, k: 3)))
        let ece = try ProbabilityMetrics.calibration(trueLabels: truth, probabilities: rows).expectedCalibrationError
        #expect(close(.expectedCalibrationError, ece))
    }

    @Test func intervalsHoldTheEstimateNarrowWithMoreDataAndRepeat() {
        let small = Self.data(count: 200, seed: 8), large = Self.data(count: 5000, seed: 8)
        let metrics: Set<ClassifierMetric> = [.accuracy, .macroF1, .logLoss, .expectedCalibrationError]
        func intervals(_ data: ([Int], [Int], [[Double]]), seed: UInt64) -> [ClassifierMetric: (lower: Double, upper: Double)] {
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

    /// Poisson draws have the mean and variance of their distribution, for the table and both samplers.
    @Test func poissonDrawsHaveTheRightMoments() {
        var generator = SeededGenerator(seed: 2)
        func moments(_ values: [Double]) -> (Double, Double) {
            let mean = values.reduce(0, +) / Double(values.count)
            return (mean, values.reduce(0.0) { $0 + pow($1 - mean, 2) } / Double(values.count))
        }
        var weights = [Int32](repeating: 0, count: 100_000)
        PoissonWeights.fill(&weights, generator: &generator)
        let table = moments(weights.map(Double.init))
        #expect(abs(table.0 - 1) < 0.01 && abs(table.1 - 1) < 0.02)
        for mean in [3.0, 700.0] {
            let drawn = moments((0..<40_000).map { _ in Double(PoissonSampler.draw(mean: mean, generator: &generator)) })
            #expect(abs(drawn.0 - mean) < 0.02 * mean.squareRoot() * 3 && abs(drawn.1 / mean - 1) < 0.05, "mean \(mean)")
        }
        #expect(abs(MetricBootstrap.normalQuantile(0.975) - AgreementStatistics.z95) < 1e-9)
    }

    /// Drawing a Poisson count per confusion cell gives the same intervals as weighting every example.
    @Test func cellResamplesAgreeWithExampleResamples() {
        let data = Self.data(count: 5000, seed: 6)
        let items = ItemFigures(trueLabels: data.truth, predictedLabels: data.predicted, probabilities: nil, classes: 4, topK: [])
        var generator = SeededGenerator(seed: 7)
        let bootstrap = MetricBootstrap(resamples: 3000)
        let cells = bootstrap.cellBootstrap([.macroF1, .cohenKappa], items: items, classes: 4, generator: &generator)
        let examples = bootstrap.itemBootstrap([.macroF1, .cohenKappa], items: items, classes: 4, generator: &generator)
        for metric in [ClassifierMetric.macroF1, .cohenKappa] {
            let a = cells[metric] ?? (0, 0), b = examples[metric] ?? (1, 1)
            #expect(abs(a.lower - b.lower) < 0.003 && abs(a.upper - b.upper) < 0.003, "\(metric)")
        }
    }

    /// The grouped calibration resamples give the same intervals as weighting every example through ResampleSums.
    @Test func calibrationResamplesAgreeWithExampleResamples() {
        let data = Self.data(count: 4000, seed: 9)
        let items = ItemFigures(trueLabels: data.truth, predictedLabels: data.predicted, probabilities: data.probabilities,
                                classes: 4, topK: [])
        var generator = SeededGenerator(seed: 3)
        let grouped = CalibrationResamples(items.packed).errors(resamples: 3000, generator: &generator).sorted()
        let bootstrap = MetricBootstrap(resamples: 3000)
        let examples = bootstrap.itemBootstrap([.expectedCalibrationError], items: items, classes: 4, generator: &generator)
        let interval = examples[.expectedCalibrationError] ?? (0, 0)
        #expect(abs(PairedComparison.percentile(grouped, 0.025) - interval.lower) < 0.003)
        #expect(abs(PairedComparison.percentile(grouped, 0.975) - interval.upper) < 0.003)
    }

    @Test func methodsAreNamedForTheTable() {
        #expect(MetricBootstrap(resamples: 1000).method(of: .macroF1) == .poissonBootstrap(resamples: 1000))
        #expect(MetricBootstrap(resamples: 100_000).method(of: .cohenKappa) == .poissonBootstrap(resamples: 100_000))
        #expect(MetricBootstrap().method(of: .top2Accuracy) == .wilson && MetricBootstrap().method(of: .logLoss) == .normal)
    }
}
