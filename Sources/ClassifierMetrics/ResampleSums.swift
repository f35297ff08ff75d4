import Foundation

/// What each example adds to a resample: its confusion cell, and with probabilities its log loss, top-k hits and
/// calibration bin (the same clipping, tie order and 15 bins as ProbabilityMetrics), packed into one value so a draw
/// reads one place in memory.
struct ItemFigures {
    struct Packed {
        /// truth * classes + predicted, or classes * classes (a slot no metric reads) for a label outside the classes.
        var cell: Int32
        var bin: UInt8
        var correct: Bool
        /// Bit j set when the true class is among the `topK[j]` most probable.
        var hits: UInt8
        var loss: Double
        var confidence: Double
    }

    let packed: [Packed]
    let topK: [Int]
    static let calibrationBins = 15

    init(trueLabels: [Int], predictedLabels: [Int], probabilities: [[Double]]?, classes: Int, topK: [Int]) {
        self.topK = Array(topK.prefix(8))
        let epsilon = Double.ulpOfOne, bins = Self.calibrationBins, kept = self.topK
        packed = trueLabels.indices.map { index in
            let truth = trueLabels[index], predicted = predictedLabels[index]
            let inRange = (0..<classes).contains(truth) && (0..<classes).contains(predicted)
            var item = Packed(cell: Int32(inRange ? truth * classes + predicted : classes * classes), bin: 0, correct: truth == predicted,
                              hits: 0, loss: 0, confidence: 0)
            guard let row = probabilities?[index] else { return item }
            item.loss = row.indices.contains(truth) ? -log(min(max(row[truth], epsilon), 1 - epsilon)) : -log(epsilon)
            item.confidence = row.max() ?? 0
            item.bin = UInt8(min(bins - 1, max(0, Int((item.confidence * Double(bins)).rounded(.up)) - 1)))
            // Rank of the true class: classes more probable, or equally probable with a higher index (scikit-learn's order).
            let rank = row.indices.contains(truth)
                ? row.indices.filter { row[$0] > row[truth] || (row[$0] == row[truth] && $0 > truth) }.count : row.count
            for (bit, k) in kept.enumerated() where rank < k { item.hits |= 1 << UInt8(bit) }
            return item
        }
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

    func value(of metric: MetricBootstrap.Metric) -> Double {
        let n = max(total, 1)
        switch metric {
        case .logLoss: return loss / Double(n)
        case let .topK(k): return Double(topK.firstIndex(of: k).map { hits[$0] } ?? 0) / Double(n)
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
