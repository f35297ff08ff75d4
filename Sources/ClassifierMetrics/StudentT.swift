import Foundation

/// Student's t distribution with `degreesOfFreedom` (any positive real, as Welch's test needs), for tests and
/// intervals over a handful of seeds.
public struct StudentT: Sendable {
    public let degreesOfFreedom: Double

    public init(degreesOfFreedom: Double) {
        self.degreesOfFreedom = degreesOfFreedom
    }

    /// P(|T| >= |t|): the two-sided p-value of `t`.
    public func twoSidedP(_ t: Double) -> Double {
        guard t.isFinite else { return t.isNaN ? .nan : 0 }
        let v = degreesOfFreedom
        return min(1, max(0, IncompleteBeta.regularized(x: v / (v + t * t), a: v / 2, b: 0.5)))
    }

    /// P(T <= t).
    public func cdf(_ t: Double) -> Double {
        let tail = twoSidedP(t) / 2
        return t >= 0 ? 1 - tail : tail
    }

    /// The t with P(T <= t) = p, for 0 < p < 1 (found by bisection on the cdf to within 1e-12).
    public func quantile(_ p: Double) -> Double {
        guard p > 0, p < 1 else { return p <= 0 ? -.infinity : .infinity }
        if p == 0.5 { return 0 }
        var low = -1.0, high = 1.0
        while cdf(low) > p { low *= 2 }
        while cdf(high) < p { high *= 2 }
        for _ in 0..<200 where high - low > 1e-12 * max(1, abs(low)) {
            let middle = (low + high) / 2
            if cdf(middle) < p { low = middle } else { high = middle }
        }
        return (low + high) / 2
    }
}

/// The regularized incomplete beta function I_x(a, b), by its continued fraction (modified Lentz), for the t tests.
enum IncompleteBeta {
    static func regularized(x: Double, a: Double, b: Double) -> Double {
        guard x > 0 else { return 0 }
        guard x < 1 else { return 1 }
        let logGammas: Double = lgamma(a + b) - lgamma(a) - lgamma(b)
        let logFront: Double = logGammas + a * log(x) + b * log(1 - x)
        // The fraction converges quickly for x < (a + 1) / (a + b + 2); otherwise use the symmetry I_x(a,b) = 1 - I_{1-x}(b,a).
        if x < (a + 1) / (a + b + 2) { return exp(logFront) * fraction(x: x, a: a, b: b) / a }
        return 1 - exp(logFront) * fraction(x: 1 - x, a: b, b: a) / b
    }

    private static func fraction(x: Double, a: Double, b: Double) -> Double {
        let tiny = 1e-300
        var c = 1.0, d = 1 - (a + b) * x / (a + 1)
        d = abs(d) < tiny ? 1 / tiny : 1 / d
        var result = d
        for m in 1...500 {
            let m = Double(m)
            let even = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m))
            d = 1 + even * d
            d = abs(d) < tiny ? 1 / tiny : 1 / d
            c = 1 + even / c
            c = abs(c) < tiny ? tiny : c
            result *= d * c
            let odd = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))
            d = 1 + odd * d
            d = abs(d) < tiny ? 1 / tiny : 1 / d
            c = 1 + odd / c
            c = abs(c) < tiny ? tiny : c
            let step = d * c
            result *= step
            if abs(step - 1) < 1e-15 { break }
        }
        return result
    }
}
