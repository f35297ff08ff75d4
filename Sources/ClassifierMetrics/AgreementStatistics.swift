import Foundation

/// Accuracy with its uncertainty, and agreement measures that account for class imbalance and chance.
public enum AgreementStatistics {
    /// The 97.5% quantile of the standard normal distribution, for 95% intervals.
    public static let z95 = 1.959963984540054

    /// The fraction of predictions that equal the labels.
    public static func accuracy(trueLabels: [Int], predictedLabels: [Int]) -> Double {
        guard !trueLabels.isEmpty else { return 0 }
        return Double(zip(trueLabels, predictedLabels).filter { $0 == $1 }.count) / Double(trueLabels.count)
    }

    /// Wilson's score interval for `successes` out of `trials` (as statsmodels' `proportion_confint(method="wilson")`).
    public static func wilsonInterval(successes: Int, trials: Int, z: Double = z95) -> (lower: Double, upper: Double) {
        guard trials > 0 else { return (0, 1) }
        let n = Double(trials), p = Double(successes) / n, z2 = z * z
        let denominator = 1 + z2 / n
        let centre = (p + z2 / (2 * n)) / denominator
        let half = z * (p * (1 - p) / n + z2 / (4 * n * n)).squareRoot() / denominator
        return (centre - half, centre + half)
    }

    /// The mean of per-class recall over the classes present in the labels (scikit-learn's `balanced_accuracy_score`).
    public static func balancedAccuracy(trueLabels: [Int], predictedLabels: [Int]) throws(MetricsError) -> Double {
        let matrix = try ConfusionMatrix(trueLabels: trueLabels, predictedLabels: predictedLabels)
        let recalls = matrix.counts.enumerated().compactMap { row, counts -> Double? in
            let total = counts.reduce(0, +)
            return total == 0 ? nil : Double(counts[row]) / Double(total)
        }
        return NumPySum.mean(recalls)
    }

    /// Cohen's kappa: agreement beyond what the two label distributions give by chance (scikit-learn's formula).
    public static func cohenKappa(trueLabels: [Int], predictedLabels: [Int]) throws(MetricsError) -> Double {
        let counts = try ConfusionMatrix(trueLabels: trueLabels, predictedLabels: predictedLabels).counts
        let classes = counts.count
        let columnSums = (0..<classes).map { column in Double(counts.reduce(0) { $0 + $1[column] }) }
        let rowSums = counts.map { Double($0.reduce(0, +)) }
        let total = NumPySum.sum(columnSums)
        var observed: [Double] = [], expected: [Double] = []
        for i in 0..<classes {
            for j in 0..<classes {
                let weight = i == j ? 0.0 : 1.0
                observed.append(weight * Double(counts[i][j]))
                expected.append(weight * columnSums[i] * rowSums[j] / total)
            }
        }
        return 1 - NumPySum.sum(observed) / NumPySum.sum(expected)
    }
}
