import ClassifierMetrics
import Foundation
import Testing
@testable import Grading

/// Points follow from a metric's value as the rubric says; lateness costs what the policy says.
@Suite struct RubricTests {
    @Test func aLinearScaleIsClampedAndWorksBothWays() {
        let accuracy = RubricItem(name: "A", metric: .accuracy, points: 60, scale: .linear(zero: 0.90, full: 0.99))
        #expect(abs(accuracy.points(for: 0.945) - 30) < 1e-9)
        #expect(accuracy.points(for: 0.5) == 0 && accuracy.points(for: 0.995) == 60 && accuracy.points(for: .nan) == 0)
        let calibration = RubricItem(name: "C", metric: .expectedCalibrationError, points: 10, scale: .linear(zero: 0.05, full: 0.01))
        #expect(abs(calibration.points(for: 0.03) - 5) < 1e-9)
        #expect(calibration.points(for: 0.001) == 10 && calibration.points(for: 0.2) == 0)
    }

    @Test func aSteppedScaleGivesTheHighestStepReached() {
        let steps: [RubricItem.Step] = [.init(threshold: 0.95, points: 10), .init(threshold: 0.98, points: 20)]
        let f1 = RubricItem(name: "F", metric: .macroF1, points: 20, scale: .steps(steps))
        #expect(f1.points(for: 0.94) == 0 && f1.points(for: 0.95) == 10 && f1.points(for: 0.99) == 20)
        let lossSteps: [RubricItem.Step] = [.init(threshold: 0.2, points: 2), .init(threshold: 0.1, points: 5)]
        let loss = RubricItem(name: "L", metric: .logLoss, points: 5, scale: .steps(lossSteps))
        #expect(loss.points(for: 0.3) == 0 && loss.points(for: 0.15) == 2 && loss.points(for: 0.05) == 5)
        #expect(f1.rule == "10 points for at least 0.95; 20 points for at least 0.98")
    }

    @Test func eachStartedDayLateCostsItsShareAndTooLateScoresNothing() throws {
        let due = try #require((try? ISOTime.parse("2026-12-01T23:59:00Z").get()))
        #expect(LatePolicy.daysLate(submitted: due, due: due) == 0)
        #expect(LatePolicy.daysLate(submitted: due.addingTimeInterval(1), due: due) == 1)
        #expect(LatePolicy.daysLate(submitted: due.addingTimeInterval(86_400), due: due) == 1)
        #expect(LatePolicy.daysLate(submitted: due.addingTimeInterval(86_401), due: due) == 2)
        #expect(LatePolicy.daysLate(submitted: due.addingTimeInterval(-5), due: due) == 0)
        let policy = LatePolicy(percentPerDay: 10, maximumDays: 5)
        #expect(policy.penaltyFraction(daysLate: 0) == 0)
        #expect(abs(policy.penaltyFraction(daysLate: 2) - 0.2) < 1e-12)
        #expect(abs(policy.penaltyFraction(daysLate: 5) - 0.5) < 1e-12)
        #expect(policy.penaltyFraction(daysLate: 6) == 1)
        #expect((try? ISOTime.parse("2026-12-01T23:59:00+01:00").get()) == due.addingTimeInterval(-3_600))
        #expect((try? ISOTime.parse("2026-12-01 23:59").get()) == nil, "a time without its zone is ambiguous")
    }

    @Test func everyMetricKnowsItsDirectionAndWhetherItNeedsProbabilities() {
        #expect(ClassifierMetric.allCases.count == 10)
        #expect(ClassifierMetric.allCases.filter { !$0.higherIsBetter } == [.errorRate, .logLoss, .expectedCalibrationError])
        #expect(ClassifierMetric.allCases.filter(\.needsProbabilities)
                == [.top2Accuracy, .top3Accuracy, .logLoss, .expectedCalibrationError])
    }
}
