import ClassifierMetrics
import Randomness

/// Percentile bootstrap intervals for any statistic of a test set: resample the examples with replacement.
struct Bootstrap {
    let resamples: Int
    let level: Double

    /// The statistic on every resample of `count` examples (indices drawn from `generator`), and the interval
    /// between the (1 - level)/2 and (1 + level)/2 percentiles.
    func interval(count: Int, generator: inout SeededGenerator, statistic: ([Int]) throws -> Double) rethrows -> (lower: Double,
        upper: Double) {
        guard count > 0 else { return (.nan, .nan) }
        var values: [Double] = []
        values.reserveCapacity(resamples)
        var indices = [Int](repeating: 0, count: count)
        for _ in 0..<resamples {
            for position in 0..<count { indices[position] = Int(generator.uniformInteger(below: UInt64(count))) }
            values.append(try statistic(indices))
        }
        values.sort()
        return (PairedComparison.percentile(values, (1 - level) / 2), PairedComparison.percentile(values, (1 + level) / 2))
    }

}
