import Randomness
import Testing
@testable import ClassifierMetrics

/// Probabilities that are not numbers never reach an integer conversion: metrics refuse them, intervals do not trap.
@Suite struct NonFiniteStatisticsTests {
    @Test func nanAndInfiniteProbabilitiesAreRefusedOrSkippedNeverATrap() {
        let truth = [0, 1, 2, 1]
        for bad in [Double.nan, .infinity, -.infinity] {
            let rows = truth.map { label in (0..<3).map { $0 == label ? bad : 0.1 } }
            var generator = SeededGenerator(seed: 1)
            let intervals = MetricBootstrap(resamples: 20).intervals(
                of: [.accuracy, .logLoss, .expectedCalibrationError, .top2Accuracy], trueLabels: truth, predictedLabels: truth,
                probabilities: rows, classes: 3, generator: &generator)
            #expect(intervals[.accuracy] != nil)
            #expect(throws: MetricsError.self) { try ProbabilityMetrics.calibration(trueLabels: truth, probabilities: rows) }
        }
        #expect(PairedComparison.percentile([1, 2, 3], .nan).isNaN)
        #expect(PairedComparison.percentile([], 0.5).isNaN)
        #expect(PairedComparison.percentile([1, 2, 3], 2) == 3)
    }
}
