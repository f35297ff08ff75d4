import Foundation
import Testing
@testable import ClassifierMetrics

/// The metric catalogue: every metric's value is scikit-learn's on every fixture, and its names, direction and format
/// are the ones every front-end shows.
@Suite struct ClassifierMetricTests {
    @Test(arguments: MetricsFixture.names)
    func everyMetricIsScikitLearns(name: String) throws {
        let fixture = try #require(MetricsFixture.named(name))
        let expected: [ClassifierMetric: Double?] = [
            .accuracy: fixture.accuracy, .errorRate: 1 - fixture.accuracy, .balancedAccuracy: fixture.balanced_accuracy,
            .macroF1: fixture.macro_f1, .weightedF1: fixture.weighted_f1, .cohenKappa: fixture.cohen_kappa,
            .top2Accuracy: fixture.top_2_accuracy, .top3Accuracy: fixture.top_3_accuracy, .logLoss: fixture.log_loss,
        ]
        for (metric, value) in expected {
            guard let value else { continue }
            let ours = try metric.value(trueLabels: fixture.y_true, predictedLabels: fixture.y_pred, probabilities: fixture.probabilities)
            #expect(abs(ours - value) <= 1e-12, "\(name): \(metric.name) \(ours) against scikit-learn's \(value)")
        }
    }

    @Test func theBootstrapsCountsGiveTheSameValuesAsTheCatalogue() throws {
        for name in MetricsFixture.names {
            let fixture = try #require(MetricsFixture.named(name))
            let classes = (fixture.y_true + fixture.y_pred).max().map { $0 + 1 } ?? 0
            var counts = [Int](repeating: 0, count: classes * classes)
            for (truth, predicted) in zip(fixture.y_true, fixture.y_pred) { counts[truth * classes + predicted] += 1 }
            let figures = CountMetrics(counts: counts, classes: classes)
            for metric in [ClassifierMetric.accuracy, .errorRate, .balancedAccuracy, .macroF1, .weightedF1, .cohenKappa] {
                let exact = try metric.value(trueLabels: fixture.y_true, predictedLabels: fixture.y_pred, probabilities: nil)
                #expect(abs(figures.value(of: metric) - exact) <= 1e-12, "\(name): \(metric.name)")
            }
        }
    }

    @Test func namesDirectionsAndFormats() throws {
        #expect(Set(ClassifierMetric.allCases.map(\.name)).count == ClassifierMetric.allCases.count)
        #expect(ClassifierMetric.named("balanced_accuracy")?.displayName == "balanced accuracy")
        #expect(ClassifierMetric.named("balanced accuracy") == nil, "files and options use the names, not the display names")
        #expect(ClassifierMetric.allCases.filter { !$0.higherIsBetter } == [.errorRate, .logLoss, .expectedCalibrationError])
        #expect(ClassifierMetric.accuracy.formatted(0.98126) == "98.13%" && ClassifierMetric.cohenKappa.formatted(0.98126) == "0.9813")
        #expect(ClassifierMetric.top2Accuracy.formatted(0.97, 0.99) == "97.00–99.00%")
        #expect(ClassifierMetric.logLoss.formatted(0.07, 0.09) == "0.0700–0.0900")
        #expect(throws: MetricsError.self) { try ClassifierMetric.logLoss.value(trueLabels: [0], predictedLabels: [0], probabilities: nil) }
        #expect(throws: MetricsError.self) { try ClassifierMetric.accuracy.value(trueLabels: [], predictedLabels: [], probabilities: nil) }
    }
}
