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
            item.bin = UInt8(Self.bin(of: item.confidence, bins: bins))
            // Rank of the true class: classes more probable, or equally probable with a higher index (scikit-learn's order).
            let rank = row.indices.contains(truth)
                ? row.indices.filter { row[$0] > row[truth] || (row[$0] == row[truth] && $0 > truth) }.count : row.count
            for (bit, k) in kept.enumerated() where rank < k { item.hits |= 1 << UInt8(bit) }
            return item
        }
    }

    /// The calibration bin (0 to `bins` - 1) of a top-1 confidence: bin i holds (i/bins, (i+1)/bins]. A confidence that
    /// is not a number goes to bin 0 rather than trapping in an integer conversion (ProbabilityMetrics refuses such rows).
    static func bin(of confidence: Double, bins: Int) -> Int {
        let scaled = (confidence * Double(bins)).rounded(.up)
        guard scaled.isFinite else { return 0 }
        return min(bins - 1, max(0, Int(min(max(scaled, 0), Double(bins))) - 1))
    }
}
