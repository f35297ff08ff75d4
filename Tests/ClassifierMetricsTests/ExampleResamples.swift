import Foundation
import Randomness
@testable import ClassifierMetrics

// The straightforward Poisson bootstrap, example by example: the reference that the fast per-cell and per-group
// resamples in MetricBootstrap and CalibrationResamples are checked against.

extension MetricBootstrap {
    /// Percentile intervals from resamples that weight every example by its own Poisson(1) count.
    func itemBootstrap(_ metrics: Set<ClassifierMetric>, items: ItemFigures, classes: Int, generator: inout SeededGenerator)
        -> [ClassifierMetric: (lower: Double, upper: Double)] {
        var values: [ClassifierMetric: [Double]] = [:]
        var sample = ResampleSums(classes: classes, topK: items.topK)
        let withProbabilities = metrics.contains { $0.needsProbabilities }
        var weights = [Int32](repeating: 0, count: items.packed.count)
        var drawn = 0, attempts = 0
        while drawn < resamples, attempts < resamples * 4 {
            attempts += 1
            PoissonWeights.fill(&weights, generator: &generator)
            sample.accumulate(items.packed, weights: weights, probabilities: withProbabilities)
            guard sample.total > 0 else { continue }  // only possible for a handful of examples
            drawn += 1
            for metric in metrics { values[metric, default: []].append(sample.value(of: metric)) }
        }
        return values.mapValues(percentiles)
    }
}

/// Running sums of one resample.
struct ResampleSums {
    let classes: Int
    var counts: [Int]
    var loss = 0.0
    /// Examples in the resample (the sum of the weights).
    var total = 0
    var hits: [Int]
    var binCount: [Int], binCorrect: [Int], binConfidence: [Double]
    let topK: [Int]

    init(classes: Int, topK: [Int]) {
        self.classes = classes
        self.topK = topK
        counts = [Int](repeating: 0, count: classes * classes + 1)
        hits = [Int](repeating: 0, count: topK.count)
        binCount = [Int](repeating: 0, count: ItemFigures.calibrationBins)
        binCorrect = binCount
        binConfidence = [Double](repeating: 0, count: ItemFigures.calibrationBins)
    }

    /// Sets the sums to those of a resample in which example i is drawn `weights[i]` times.
    mutating func accumulate(_ items: [ItemFigures.Packed], weights: [Int32], probabilities: Bool) {
        let count = min(items.count, weights.count)
        var loss = 0.0
        total = weights.reduce(0) { $0 + Int($1) }
        items.withUnsafeBufferPointer { items in
            weights.withUnsafeBufferPointer { weights in
                // Every example is visited, drawn or not (a weight of 0 adds nothing): no branch to mispredict.
                counts.withUnsafeMutableBufferPointer { counts in
                    counts.update(repeating: 0)
                    for index in 0..<count { counts[Int(items[index].cell)] &+= Int(weights[index]) }
                }
                guard probabilities else { return }
                hits.withUnsafeMutableBufferPointer { hits in
                    binCount.withUnsafeMutableBufferPointer { binCount in
                        binCorrect.withUnsafeMutableBufferPointer { binCorrect in
                            binConfidence.withUnsafeMutableBufferPointer { binConfidence in
                                hits.update(repeating: 0)
                                binCount.update(repeating: 0)
                                binCorrect.update(repeating: 0)
                                binConfidence.update(repeating: 0)
                                for index in 0..<count {
                                    let item = items[index], times = Int(weights[index]), weight = Double(times)
                                    loss += weight * item.loss
                                    for bit in 0..<hits.count { hits[bit] &+= times &* Int((item.hits >> UInt8(bit)) & 1) }
                                    let bin = Int(item.bin)
                                    binCount[bin] &+= times
                                    binConfidence[bin] += weight * item.confidence
                                    binCorrect[bin] &+= item.correct ? times : 0
                                }
                            }
                        }
                    }
                }
            }
        }
        self.loss = loss
    }

    func value(of metric: ClassifierMetric) -> Double {
        let n = max(total, 1)
        switch metric {
        case .logLoss: return loss / Double(n)
        case .top2Accuracy, .top3Accuracy: return Double(topK.firstIndex(of: metric.topK ?? 0).map { hits[$0] } ?? 0) / Double(n)
        case .expectedCalibrationError:
            return binCount.indices.reduce(0.0) { sum, bin in
                guard binCount[bin] > 0 else { return sum }
                let size = Double(binCount[bin])
                return sum + size / Double(n) * abs(Double(binCorrect[bin]) / size - binConfidence[bin] / size)
            }
        default:
            return CountMetrics(counts: counts, classes: classes).value(of: metric)
        }
    }
}
