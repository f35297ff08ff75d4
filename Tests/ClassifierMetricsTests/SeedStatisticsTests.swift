import Foundation
import Testing
@testable import ClassifierMetrics

/// Student t, intervals over seeds and Welch's test against SciPy (Fixtures/make_seed_fixtures.py).
@Suite struct SeedStatisticsTests {
    struct Fixture: Decodable {
        struct Quantile: Decodable { let df: Double, p: Double, t: Double }
        struct PValue: Decodable { let df: Double, t: Double, p: Double }
        struct Groups: Decodable {
            let a: [Double], b: [Double]
            let t: Double, p: Double, df: Double
            let mean_a: Double, sd_a: Double, interval_a: [Double]
        }
        let quantiles: [Quantile]
        let pvalues: [PValue]
        let groups: [Groups]
    }

    let fixture: Fixture

    init() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/seed_statistics.json")
        fixture = try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
    }

    @Test func quantilesMatchSciPy() {
        for item in fixture.quantiles {
            let t = StudentT(degreesOfFreedom: item.df).quantile(item.p)
            #expect(abs(t - item.t) <= 1e-9 * max(1, abs(item.t)), "df \(item.df) p \(item.p): \(t) vs \(item.t)")
        }
    }

    @Test func twoSidedPValuesMatchSciPy() {
        for item in fixture.pvalues {
            let p = StudentT(degreesOfFreedom: item.df).twoSidedP(item.t)
            #expect(abs(p - item.p) <= 1e-12 + 1e-10 * item.p, "df \(item.df) t \(item.t): \(p) vs \(item.p)")
        }
    }

    @Test func welchTestsAndIntervalsMatchSciPy() throws {
        for group in fixture.groups {
            let welch = try #require(WelchTest(group.a, group.b))
            #expect(abs(welch.t - group.t) < 1e-9 && abs(welch.degreesOfFreedom - group.df) < 1e-9)
            #expect(abs(welch.p - group.p) < 1e-10, "\(group.a) vs \(group.b): \(welch.p) vs \(group.p)")
            let summary = SeedSummary(group.a)
            let interval = try #require(summary.interval)
            #expect(abs(summary.mean - group.mean_a) < 1e-12 && abs((summary.standardDeviation ?? 0) - group.sd_a) < 1e-12)
            #expect(abs(interval.lower - group.interval_a[0]) < 1e-10 && abs(interval.upper - group.interval_a[1]) < 1e-10)
        }
    }

    @Test func oneSeedHasNoSpreadAndNoTest() {
        let single = SeedSummary([0.97])
        #expect(single.mean == 0.97 && single.standardDeviation == nil && single.interval == nil)
        #expect(WelchTest([0.97], [0.96, 0.95]) == nil)
        #expect(WelchTest([0.9, 0.9], [0.9, 0.9])?.p == 1)
        #expect(WelchTest([0.9, 0.9], [0.8, 0.8])?.p == 0)
    }
}
