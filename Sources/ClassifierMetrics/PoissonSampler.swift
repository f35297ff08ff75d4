import Foundation
import Randomness

/// Exact Poisson draws from the seeded generator: inversion for small means, Hörmann's transformed rejection (PTRS,
/// 1993, as NumPy uses it) from a mean of 10 up.
enum PoissonSampler {
    static func draw(mean: Double, generator: inout SeededGenerator) -> Int {
        guard mean > 0 else { return 0 }
        if mean < 10 {
            let u = generator.uniformDouble()
            var k = 0, probability = exp(-mean), cumulative = probability
            while u > cumulative && k < 1000 {
                k += 1
                probability *= mean / Double(k)
                cumulative += probability
            }
            return k
        }
        let root = mean.squareRoot(), logMean = log(mean)
        let b = 0.931 + 2.53 * root, a = -0.059 + 0.02483 * b
        let inverseAlpha = 1.1239 + 1.1328 / (b - 3.4), vr = 0.9277 - 3.6224 / (b - 2)
        while true {
            let u = generator.uniformDouble() - 0.5, v = generator.uniformDouble()
            let us = 0.5 - abs(u)
            let k = ((2 * a / us + b) * u + mean + 0.43).rounded(.down)
            if us >= 0.07 && v <= vr { return Int(k) }
            if k < 0 || (us < 0.013 && v > us) { continue }
            if log(v) + log(inverseAlpha) - log(a / (us * us) + b) <= -mean + k * logMean - lgamma(k + 1) { return Int(k) }
        }
    }
}
