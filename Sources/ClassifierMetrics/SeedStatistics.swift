import Foundation

/// What a few training seeds of one variant say: the mean of a score, its seed-to-seed spread and a t interval.
public struct SeedSummary: Sendable, Equatable {
    public let count: Int
    public let mean: Double
    /// The sample standard deviation (n - 1); nil for a single seed.
    public let standardDeviation: Double?
    /// The two-sided interval mean ± t(1 - α/2, n - 1) · sd / √n; nil for a single seed.
    public let interval: (lower: Double, upper: Double)?

    public init(_ values: [Double], confidence: Double = 0.95) {
        count = values.count
        mean = values.isEmpty ? .nan : values.reduce(0, +) / Double(values.count)
        guard values.count > 1 else {
            standardDeviation = nil
            interval = nil
            return
        }
        let mean = self.mean
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count - 1)
        let sd = variance.squareRoot()
        standardDeviation = sd
        let t = StudentT(degreesOfFreedom: Double(values.count - 1)).quantile(1 - (1 - confidence) / 2)
        let half = t * sd / Double(values.count).squareRoot()
        interval = (mean - half, mean + half)
    }

    public static func == (lhs: SeedSummary, rhs: SeedSummary) -> Bool {
        lhs.count == rhs.count && lhs.mean == rhs.mean && lhs.standardDeviation == rhs.standardDeviation
            && lhs.interval?.lower == rhs.interval?.lower && lhs.interval?.upper == rhs.interval?.upper
    }
}

/// Welch's unequal-variance t test of two groups of seeds (scipy's `ttest_ind(a, b, equal_var=False)`).
public struct WelchTest: Sendable {
    public let t: Double
    public let degreesOfFreedom: Double
    /// Two-sided.
    public let p: Double

    /// nil when either group has fewer than two values (no spread to test against).
    public init?(_ a: [Double], _ b: [Double]) {
        guard a.count > 1, b.count > 1 else { return nil }
        let first = SeedSummary(a), second = SeedSummary(b)
        let va = pow(first.standardDeviation ?? 0, 2) / Double(a.count), vb = pow(second.standardDeviation ?? 0, 2) / Double(b.count)
        let difference = first.mean - second.mean
        guard va + vb > 0 else {
            // No seed-to-seed spread at all: any difference is certain, none is no evidence.
            t = difference == 0 ? 0 : (difference > 0 ? .infinity : -.infinity)
            degreesOfFreedom = Double(a.count + b.count - 2)
            p = difference == 0 ? 1 : 0
            return
        }
        t = difference / (va + vb).squareRoot()
        degreesOfFreedom = (va + vb) * (va + vb) / (va * va / Double(a.count - 1) + vb * vb / Double(b.count - 1))
        p = StudentT(degreesOfFreedom: degreesOfFreedom).twoSidedP(t)
    }
}
