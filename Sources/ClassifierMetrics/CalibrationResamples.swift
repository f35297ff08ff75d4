import Randomness

/// Expected calibration error over Poisson-bootstrap resamples, fast: the examples are grouped by (confidence bin,
/// right or wrong), so a resample is a pass over each group's confidences with the weights drawn in order, no scatter.
struct CalibrationResamples {
    /// Each group's confidences, one after another, and where each group starts; group = bin * 2 + (right ? 1 : 0).
    private let confidences: [Double]
    private let starts: [Int]
    private let bins = ItemFigures.calibrationBins

    init(_ items: [ItemFigures.Packed]) {
        var groups = [[Double]](repeating: [], count: ItemFigures.calibrationBins * 2)
        for item in items { groups[Int(item.bin) * 2 + (item.correct ? 1 : 0)].append(item.confidence) }
        confidences = groups.flatMap { $0 }
        starts = groups.reduce(into: [0]) { $0.append(($0.last ?? 0) + $1.count) }
    }

    /// The expected calibration error of each of `resamples` resamples.
    func errors(resamples: Int, generator: inout SeededGenerator) -> [Double] {
        var weights = [Int32](repeating: 0, count: confidences.count)
        var errors: [Double] = []
        errors.reserveCapacity(resamples)
        var counts = [Int](repeating: 0, count: bins * 2), sums = [Double](repeating: 0, count: bins * 2)
        for _ in 0..<resamples {
            PoissonWeights.fill(&weights, generator: &generator)
            weights.withUnsafeBufferPointer { weights in
                confidences.withUnsafeBufferPointer { confidences in
                    for group in 0..<(bins * 2) {
                        var count = 0, sum = 0.0
                        for index in starts[group]..<starts[group + 1] {
                            count &+= Int(weights[index])
                            sum += Double(weights[index]) * confidences[index]
                        }
                        counts[group] = count
                        sums[group] = sum
                    }
                }
            }
            let total = counts.reduce(0, +)
            guard total > 0 else { continue }
            var error = 0.0
            for bin in 0..<bins {
                let wrong = counts[bin * 2], right = counts[bin * 2 + 1], size = wrong + right
                guard size > 0 else { continue }
                let accuracy = Double(right) / Double(size), confidence = (sums[bin * 2] + sums[bin * 2 + 1]) / Double(size)
                error += Double(size) / Double(total) * abs(accuracy - confidence)
            }
            errors.append(error)
        }
        return errors
    }
}
