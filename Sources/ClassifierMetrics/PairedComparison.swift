import Foundation
import Randomness

/// Whether one classifier is really better than another on the same test set.
public enum PairedComparison {
    /// McNemar's test on the 2x2 table of (A right?, B right?) counts.
    public struct McNemar: Equatable, Sendable {
        /// [[both right, only A right], [only B right, both wrong]].
        public let table: [[Int]]
        /// Two-sided exact binomial p-value on the discordant pairs (statsmodels' `mcnemar(exact=True)`).
        public let exactPValue: Double
        /// (|b - c| - 1)² / (b + c), with continuity correction (statsmodels' `mcnemar(exact=False)`).
        public let chiSquare: Double
        /// Its p-value on one degree of freedom.
        public let chiSquarePValue: Double
    }

    public static func mcnemar(trueLabels: [Int], predictionsA: [Int], predictionsB: [Int]) throws(MetricsError) -> McNemar {
        guard trueLabels.count == predictionsA.count, trueLabels.count == predictionsB.count else {
            throw MetricsError("the two prediction sets must cover the same \(trueLabels.count) examples")
        }
        var table = [[0, 0], [0, 0]]
        for (index, label) in trueLabels.enumerated() {
            table[predictionsA[index] == label ? 0 : 1][predictionsB[index] == label ? 0 : 1] += 1
        }
        let (b, c) = (table[0][1], table[1][0])
        let discordant = b + c
        let exact = exactMcNemarPValue(onlyA: b, onlyB: c)
        let statistic = discordant == 0 ? 0 : pow(Double(abs(b - c) - 1), 2) / Double(discordant)
        return McNemar(table: table, exactPValue: exact, chiSquare: statistic, chiSquarePValue: erfc((statistic / 2).squareRoot()))
    }

    /// McNemar's two-sided exact p-value from the discordant counts alone: `onlyA` examples only A gets right,
    /// `onlyB` only B (statsmodels' `mcnemar(exact=True)`).
    public static func exactMcNemarPValue(onlyA b: Int, onlyB c: Int) -> Double {
        let discordant = b + c
        return discordant == 0 ? 1 : min(1, 2 * binomialCDF(min(b, c), trials: discordant))
    }

    /// P(X ≤ k) for X ~ Binomial(trials, 1/2), each term from the last by the ratio (n - i) / (i + 1), in log space.
    static func binomialCDF(_ k: Int, trials n: Int) -> Double {
        var logTerm = Double(n) * log(0.5)
        var total = exp(logTerm)
        guard k > 0 else { return total }
        for i in 0..<k {
            logTerm += log(Double(n - i)) - log(Double(i + 1))
            total += exp(logTerm)
        }
        return total
    }

    /// A paired bootstrap interval for accuracy(A) - accuracy(B): `resamples` resamplings of the examples with
    /// replacement, from `generator`, and the percentiles at (1 - level)/2 and (1 + level)/2.
    public static func bootstrapAccuracyDifference(
        trueLabels: [Int], predictionsA: [Int], predictionsB: [Int], resamples: Int = 2_000, level: Double = 0.95,
        generator: inout SeededGenerator
    ) throws(MetricsError) -> (difference: Double, lower: Double, upper: Double) {
        let n = trueLabels.count
        guard n > 0, predictionsA.count == n, predictionsB.count == n else {
            throw MetricsError("the two prediction sets must cover the same \(n) examples")
        }
        let delta = (0..<n).map { (predictionsA[$0] == trueLabels[$0] ? 1 : 0) - (predictionsB[$0] == trueLabels[$0] ? 1 : 0) }
        var differences = [Double](repeating: 0, count: max(1, resamples))
        for sample in differences.indices {
            var sum = 0
            for _ in 0..<n { sum += delta[Int(generator.uniformInteger(below: UInt64(n)))] }
            differences[sample] = Double(sum) / Double(n)
        }
        differences.sort()
        return (Double(delta.reduce(0, +)) / Double(n),
                percentile(differences, (1 - level) / 2), percentile(differences, (1 + level) / 2))
    }

    /// The `q`-quantile of sorted `values` with linear interpolation (NumPy's default); NaN for no values or a `q` that
    /// is not a number, `q` clamped to [0, 1].
    public static func percentile(_ values: [Double], _ q: Double) -> Double {
        guard !values.isEmpty, q.isFinite else { return .nan }
        let position = min(max(q, 0), 1) * Double(values.count - 1)
        let below = Int(position.rounded(.down)), above = min(values.count - 1, below + 1)
        return values[below] + (values[above] - values[below]) * (position - Double(below))
    }
}
