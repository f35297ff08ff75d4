import Foundation

/// What each example adds to a resample: its confusion cell, and with probabilities its log loss, top-k hits and
/// calibration bin (the same clipping, tie order and 15 bins as ProbabilityMetrics).
struct ItemFigures {
    let cells: [Int]
    let losses: [Double]
    let confidences: [Double]
    let bins: [Int]
    let correct: [Bool]
    /// `hits[j][i]`: example i's true class is among its `topK[j]` most probable.
    let hits: [[Bool]]
    let topK: [Int]
    static let calibrationBins = 15

    init(trueLabels: [Int], predictedLabels: [Int], probabilities: [[Double]]?, classes: Int, topK: [Int]) {
        cells = zip(trueLabels, predictedLabels).map { truth, predicted in
            (0..<classes).contains(truth) && (0..<classes).contains(predicted) ? truth * classes + predicted : -1
        }
        correct = zip(trueLabels, predictedLabels).map { $0 == $1 }
        self.topK = topK
        guard let probabilities else {
            (losses, confidences, bins, hits) = ([], [], [], topK.map { _ in [] })
            return
        }
        let epsilon = Double.ulpOfOne
        losses = zip(trueLabels, probabilities).map { label, row in
            row.indices.contains(label) ? -log(min(max(row[label], epsilon), 1 - epsilon)) : -log(epsilon)
        }
        confidences = probabilities.map { $0.max() ?? 0 }
        bins = confidences.map { min(Self.calibrationBins - 1, max(0, Int(($0 * Double(Self.calibrationBins)).rounded(.up)) - 1)) }
        // Rank of the true class: classes more probable, or equally probable with a higher index (scikit-learn's order).
        let ranks = zip(trueLabels, probabilities).map { label, row -> Int in
            guard row.indices.contains(label) else { return row.count }
            return row.indices.filter { row[$0] > row[label] || (row[$0] == row[label] && $0 > label) }.count
        }
        hits = topK.map { k in ranks.map { $0 < k } }
    }
}

/// Running sums of one resample.
struct ResampleSums {
    let classes: Int
    var counts: [Int]
    var loss = 0.0
    var hits: [Int]
    var binCount: [Int], binCorrect: [Int], binConfidence: [Double]
    let topK: [Int]

    init(classes: Int, topK: [Int]) {
        self.classes = classes
        self.topK = topK
        counts = [Int](repeating: 0, count: classes * classes)
        hits = [Int](repeating: 0, count: topK.count)
        binCount = [Int](repeating: 0, count: ItemFigures.calibrationBins)
        binCorrect = binCount
        binConfidence = [Double](repeating: 0, count: ItemFigures.calibrationBins)
    }

    mutating func clear() {
        for index in counts.indices { counts[index] = 0 }
        for index in hits.indices { hits[index] = 0 }
        for index in binCount.indices { binCount[index] = 0; binCorrect[index] = 0; binConfidence[index] = 0 }
        loss = 0
    }

    mutating func add(_ items: ItemFigures, _ index: Int) {
        if items.cells[index] >= 0 { counts[items.cells[index]] += 1 }
        guard !items.losses.isEmpty else { return }
        loss += items.losses[index]
        for k in hits.indices where items.hits[k][index] { hits[k] += 1 }
        let bin = items.bins[index]
        binCount[bin] += 1
        binConfidence[bin] += items.confidences[index]
        if items.correct[index] { binCorrect[bin] += 1 }
    }

    func value(of metric: MetricBootstrap.Metric, count n: Int) -> Double {
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
