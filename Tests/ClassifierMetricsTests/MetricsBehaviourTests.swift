import Randomness
import Testing
@testable import ClassifierMetrics

@Suite struct MetricsBehaviourTests {
    @Test func namesTheLabelsWithUndefinedPrecisionAndRecall() throws {
        let report = try ClassificationReport(trueLabels: [0, 0, 1, 2], predictedLabels: [0, 3, 1, 1])
        #expect(report.warnings == [
            "precision is ill-defined and set to 0.0 for labels with no predicted samples: 2",
            "recall is ill-defined and set to 0.0 for labels with no true samples: 3",
        ])
        #expect(report.rows.map(\.name) == ["0", "1", "2", "3"])
    }

    @Test func rejectsMismatchedInput() {
        #expect(throws: MetricsError.self) { try ClassificationReport(trueLabels: [0, 1], predictedLabels: [0]) }
        #expect(throws: MetricsError.self) { try ClassificationReport(trueLabels: [0, 1], predictedLabels: [0, 1], targetNames: ["a"]) }
        #expect(throws: MetricsError.self) { try ProbabilityMetrics.logLoss(trueLabels: [0, 3], probabilities: [[0.5, 0.5], [0.5, 0.5]]) }
    }

    /// Four examples by hand: confidences 0.95 (right) and 0.96 (wrong) share the top bin (14/15, 1];
    /// 0.55 (right) is in (8/15, 9/15], 0.52 (right) in (7/15, 8/15].
    @Test func expectedCalibrationErrorByHand() throws {
        let probabilities = [[0.95, 0.05], [0.04, 0.96], [0.55, 0.45], [0.48, 0.52]]
        let (error, bins) = try ProbabilityMetrics.calibration(trueLabels: [0, 0, 0, 1], probabilities: probabilities)
        #expect(bins.count == 15)
        let top = try #require(bins.last)
        #expect(top.count == 2 && abs(top.confidence - 0.955) < 1e-12 && top.accuracy == 0.5)
        #expect(bins[8].count == 1 && abs(bins[8].confidence - 0.55) < 1e-12 && bins[8].accuracy == 1)
        #expect(bins[7].count == 1 && abs(bins[7].confidence - 0.52) < 1e-12)
        #expect(bins.map(\.count).reduce(0, +) == 4)
        // (2/4)|0.5 - 0.955| + (1/4)|1 - 0.55| + (1/4)|1 - 0.52| = 0.2275 + 0.1125 + 0.12
        #expect(abs(error - 0.46) < 1e-12)
    }

    @Test func bootstrapIsSeededAndBracketsTheDifference() throws {
        let truth = (0..<400).map { $0 % 10 }
        let a = truth.enumerated().map { $0.offset % 10 == 0 ? ($0.element + 1) % 10 : $0.element }   // 90% right
        let b = truth.enumerated().map { $0.offset % 5 == 0 ? ($0.element + 1) % 10 : $0.element }    // 80% right
        var first = SeededGenerator(seed: 1), second = SeededGenerator(seed: 1)
        let one = try PairedComparison.bootstrapAccuracyDifference(trueLabels: truth, predictionsA: a, predictionsB: b, generator: &first)
        let two = try PairedComparison.bootstrapAccuracyDifference(trueLabels: truth, predictionsA: a, predictionsB: b, generator: &second)
        #expect(one == two)
        #expect(abs(one.difference - 0.1) < 1e-12)
        #expect(one.lower < 0.1 && one.upper > 0.1 && one.lower > 0.05 && one.upper < 0.15)
    }

    @Test func mostConfusedPairsAndMisclassifiedExamples() throws {
        let matrix = try ConfusionMatrix(trueLabels: [4, 4, 4, 9, 9, 7], predictedLabels: [9, 9, 4, 4, 9, 1])
        #expect(matrix.mostConfusedPairs().map { [$0.trueLabel, $0.predictedLabel, $0.count] } == [[4, 9, 2], [7, 1, 1], [9, 4, 1]])
        let wrong = Misclassified.examples(trueLabels: [1, 2, 3], predictedLabels: [1, 0, 0],
                                           probabilities: [[0, 1, 0, 0], [0.6, 0, 0.4, 0], [0.9, 0, 0, 0.1]])
        #expect(wrong.map(\.index) == [2, 1])
        #expect(wrong.first?.confidence == 0.9)
    }

    @Test func numpySumsPairwise() {
        let values = (0..<200).map { 1.0 / Double($0 + 1) }
        #expect(abs(NumPySum.sum(values) - values.reduce(0, +)) < 1e-12)
    }
}

/// Probabilities that are not numbers from 0 to 1 are an error naming the row, never a trap.
@Suite struct NonFiniteProbabilityTests {
    @Test(arguments: [Double.nan, .infinity, -.infinity, 1e308 * 10, -0.5])
    func areRefusedByEveryProbabilityMetric(_ bad: Double) {
        let probabilities = [[0.9, 0.1], [bad, 0.5]]
        let calibration = #expect(throws: MetricsError.self) {
            try ProbabilityMetrics.calibration(trueLabels: [0, 1], probabilities: probabilities)
        }
        #expect(calibration?.detail.hasPrefix("row 1 holds") == true)
        #expect(throws: MetricsError.self) { try ProbabilityMetrics.logLoss(trueLabels: [0, 1], probabilities: probabilities) }
        #expect(throws: MetricsError.self) { try ProbabilityMetrics.topKAccuracy(trueLabels: [0, 1], probabilities: probabilities, k: 1) }
    }
}
