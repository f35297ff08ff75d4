import Foundation
import Randomness
import Testing
@testable import ClassifierMetrics

/// Holm, statistical ranks and error similarity on small cases worked out here.
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

    @Test func poissonTailByHand() {
        // P(X ≥ 2), mean 1: 1 - 2/e.
        #expect(abs(ErrorSimilarity.poissonUpperTail(2, mean: 1) - (1 - 2 / M_E)) < 1e-12)
        // P(X ≥ 3), mean 0.5 summed directly.
        let direct = (3..<40).reduce(0.0) { $0 + exp(-0.5) * pow(0.5, Double($1)) / tgamma(Double($1 + 1)) }
        #expect(abs(ErrorSimilarity.poissonUpperTail(3, mean: 0.5) - direct) < 1e-15)
        #expect(ErrorSimilarity.poissonUpperTail(0, mean: 3) == 1)
        #expect(ErrorSimilarity.poissonUpperTail(100, mean: 1) > 1e-160)
    }

    /// A class of 12 independent classifiers with random mistakes at 3% and one copy of the first: only the copy is flagged.
    @Test func flagsACopiedSetOfMistakesAndNotIndependentOnes() {
        var generator = SeededGenerator(seed: 11)
        let truth = (0..<3000).map { _ in Int(generator.uniformInteger(below: 10)) }
        func student() -> [Int] {
            truth.map { label in
                generator.uniformDouble() < 0.03 ? (label + 1 + Int(generator.uniformInteger(below: 9))) % 10 : label
            }
        }
        var class_ = (0..<12).map { _ in student() }
        var copy = class_[0]
        for index in 0..<30 { copy[index] = truth[index] }  // fixed a few of the copied mistakes
        class_.append(copy)
        let similarity = ErrorSimilarity(trueLabels: truth, predictions: class_, classes: 10)
        #expect(similarity.pairs.count == 13 * 12 / 2)
        #expect(similarity.flagged.map { [$0.first, $0.second] } == [[0, 12]])
        guard let pair = similarity.flagged.first else { return }
        #expect(pair.identicalMistakes >= 60 && pair.expectedIdentical < 2)
        #expect(pair.errorConsistency > 0.9)
        let honest = similarity.pairs.filter { $0.first != 0 || $0.second != 12 }
        #expect(honest.allSatisfy { abs($0.errorConsistency) < 0.1 && $0.adjustedPValue > 0.05 })
    }

    /// Leave-the-pair-out expectation checked against a slow count over every other pair of classifiers.
    @Test func expectationUsesTheOtherClassifiers() {
        var generator = SeededGenerator(seed: 5)
        let truth = (0..<200).map { _ in Int(generator.uniformInteger(below: 3)) }
        let class_ = (0..<8).map { _ in
            truth.map { generator.uniformDouble() < 0.2 ? ($0 + 1 + Int(generator.uniformInteger(below: 2))) % 3 : $0 }
        }
        let table = MistakeTable(trueLabels: truth, predictions: class_, classes: 3)
        let pair = table.pair(1, 4, adjusted: 1)
        let others = [0, 2, 3, 5, 6, 7]
        var sharedPairs = 0.0, mistakes = 0.0
        for x in others {
            mistakes += Double(zip(class_[x], truth).filter { $0 != $1 }.count)
            for y in others where y != x {
                sharedPairs += Double(truth.indices.filter { class_[x][$0] != truth[$0] && class_[x][$0] == class_[y][$0] }.count)
            }
        }
        let othersError = mistakes / (6 * 200)
        let errorA = Double(zip(class_[1], truth).filter { $0 != $1 }.count) / 200
        let errorB = Double(zip(class_[4], truth).filter { $0 != $1 }.count) / 200
        let expected = sharedPairs / 30 * errorA * errorB / (othersError * othersError)
        #expect(abs(pair.expectedIdentical - expected) < 1e-9)
    }
}
