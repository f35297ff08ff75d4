import Foundation

/// Pairs of classifiers whose mistakes agree far more than chance allows: the same wrong label on the same examples.
///
/// For each pair it counts the examples both get wrong with the same label, and compares that count with what two
/// independent classifiers of the pair's error rates would share on these examples: the chance that two other
/// classifiers of the group, drawn at random without the pair, give the same wrong label to an example (so hard
/// examples and common confusions, which honest classifiers share, raise the expectation), scaled by the pair's error
/// rates relative to the others'. With fewer than five others the expectation falls back to independent errors
/// spread evenly over the wrong classes. The p-value is the Poisson upper tail of the count (more spread than the
/// exact sum of Bernoulli trials, so it errs towards not flagging), Holm-corrected over all pairs.
public struct ErrorSimilarity: Sendable {
    /// One pair's figures.
    public struct Pair: Sendable, Equatable {
        public let first: Int, second: Int
        /// Examples both got wrong with the same label, and how many independent classifiers would share.
        public let identicalMistakes: Int
        public let expectedIdentical: Double
        /// Examples both got wrong (any labels).
        public let sharedMistakes: Int
        /// Geirhos et al. (2020)'s error consistency: agreement on which examples are right beyond the chance
        /// agreement of their two accuracies (1 = same mistakes, 0 = independent).
        public let errorConsistency: Double
        public let pValue: Double
        /// `pValue` after Holm's correction over every pair.
        public let adjustedPValue: Double
    }

    /// Every pair, most surprising first.
    public let pairs: [Pair]
    public let level: Double

    /// Pairs for human review: those whose adjusted p-value is below `level`.
    public var flagged: [Pair] { pairs.filter { $0.adjustedPValue < level } }

    /// `predictions[s]` are classifier `s`'s labels for `trueLabels`; labels are in 0..<classes.
    public init(trueLabels: [Int], predictions: [[Int]], classes: Int, level: Double = 0.05) {
        self.level = level
        let table = MistakeTable(trueLabels: trueLabels, predictions: predictions, classes: classes)
        var raw: [Pair] = []
        for a in predictions.indices {
            for b in predictions.indices where b > a { raw.append(table.pair(a, b, adjusted: 1)) }
        }
        let adjusted = MultipleTesting.holm(raw.map(\.pValue))
        pairs = raw.indices.sorted { raw[$0].pValue < raw[$1].pValue || (raw[$0].pValue == raw[$1].pValue && $0 < $1) }
            .map { index in
                let pair = raw[index]
                return Pair(first: pair.first, second: pair.second, identicalMistakes: pair.identicalMistakes,
                            expectedIdentical: pair.expectedIdentical, sharedMistakes: pair.sharedMistakes,
                            errorConsistency: pair.errorConsistency, pValue: pair.pValue, adjustedPValue: adjusted[index])
            }
    }

    /// P(X ≥ observed) for X ~ Poisson(mean), in log space so that tiny tails stay accurate.
    public static func poissonUpperTail(_ observed: Int, mean: Double) -> Double {
        guard observed > 0 else { return 1 }
        guard mean > 0 else { return 0 }
        func logTerm(_ k: Int) -> Double { -mean + Double(k) * log(mean) - lgamma(Double(k + 1)) }
        if Double(observed) > mean {
            let first = logTerm(observed)
            var sum = 1.0, ratio = 1.0, k = observed
            while ratio > 1e-17 * sum {
                k += 1
                ratio *= mean / Double(k)
                sum += ratio
            }
            return min(1, exp(first + log(sum)))
        }
        var below = 0.0
        for k in 0..<observed { below += exp(logTerm(k)) }
        return min(1, max(0, 1 - below))
    }
}
