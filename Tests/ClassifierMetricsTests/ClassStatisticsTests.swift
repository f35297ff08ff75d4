import Foundation
import Randomness
import Testing
@testable import ClassifierMetrics

/// Holm and statistical ranks on small cases worked out here.
@Suite struct ClassStatisticsTests {
    /// p = [0.01, 0.04, 0.03, 0.005]: sorted 0.005, 0.01, 0.03, 0.04 times 4, 3, 2, 1 = 0.02, 0.03, 0.06, 0.04 → running
    /// maximum 0.02, 0.03, 0.06, 0.06.
    @Test func holmByHand() {
        let adjusted = MultipleTesting.holm([0.01, 0.04, 0.03, 0.005])
        let expected = [0.03, 0.06, 0.06, 0.02]
        #expect(zip(adjusted, expected).allSatisfy { abs($0 - $1) < 1e-12 })
        #expect(MultipleTesting.holm([0.5, 0.9]) == [1, 1])
    }

    @Test func exactMcNemarMatchesTheBinomialSum() {
        // b = 2, c = 8: 2 * P(X ≤ 2), X ~ Bin(10, 1/2) = 2 * (1 + 10 + 45) / 1024.
        #expect(abs(PairedComparison.exactMcNemarPValue(onlyA: 2, onlyB: 8) - 112.0 / 1024) < 1e-12)
        #expect(PairedComparison.exactMcNemarPValue(onlyA: 0, onlyB: 0) == 1)
        #expect(PairedComparison.exactMcNemarPValue(onlyA: 5000, onlyB: 4000) < 1e-20)
    }

    /// Three classifiers of 99%, 98.9% and 90% on 2,000 examples: the first two share rank 1, the third is rank 3.
    @Test func ranksAreSharedUntilTheTestSeparatesThem() {
        var generator = SeededGenerator(seed: 4)
        let best = (0..<2000).map { _ in generator.uniformDouble() > 0.01 }
        var close = best
        close[0] = false; close[1] = false; close[2] = true
        let poor = best.map { $0 && generator.uniformDouble() > 0.09 }
        let ranking = StatisticalRanking(correct: [best, close, poor])
        #expect(ranking.ranks == [1, 1, 3])
        #expect(ranking.pairsTested == 3 && ranking.pairsDifferent == 2)
        #expect(StatisticalRanking(correct: []).ranks.isEmpty)
        #expect(StatisticalRanking(correct: [best]).ranks == [1])
    }
}
