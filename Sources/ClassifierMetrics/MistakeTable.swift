/// Who got which example wrong, with which label, and how often the group gives each wrong label to each example:
/// what ErrorSimilarity needs to score a pair in time proportional to the pair's mistakes.
struct MistakeTable {
    let trueLabels: [Int]
    let predictions: [[Int]]
    let classes: Int
    /// Indices of each classifier's mistakes.
    let mistakes: [[Int]]
    /// `counts[i * classes + k]`: classifiers giving wrong label k to example i.
    let counts: [Int32]
    /// Σ over examples and wrong labels of c(c - 1): ordered pairs of distinct classifiers sharing a wrong label.
    let sharedPairs: Double
    let totalMistakes: Int

    init(trueLabels: [Int], predictions: [[Int]], classes: Int) {
        self.trueLabels = trueLabels
        self.predictions = predictions
        self.classes = classes
        var counts = [Int32](repeating: 0, count: trueLabels.count * classes)
        mistakes = predictions.map { labels in
            let wrong = trueLabels.indices.filter { $0 < labels.count && labels[$0] != trueLabels[$0] }
            for index in wrong where (0..<classes).contains(labels[index]) { counts[index * classes + labels[index]] += 1 }
            return wrong
        }
        self.counts = counts
        sharedPairs = counts.reduce(0.0) { $0 + Double($1) * Double($1 - 1) }
        totalMistakes = mistakes.reduce(0) { $0 + $1.count }
    }

    func count(_ example: Int, _ label: Int) -> Double {
        (0..<classes).contains(label) ? Double(counts[example * classes + label]) : 0
    }

    /// The pair's figures (adjusted p-value left at `adjusted`, set later over all pairs).
    func pair(_ a: Int, _ b: Int, adjusted: Double) -> ErrorSimilarity.Pair {
        let n = Double(trueLabels.count), labelsA = predictions[a], labelsB = predictions[b]
        var identical = 0, shared = 0
        // Shared pairs among the others: remove every ordered pair that involves a or b.
        var othersShared = sharedPairs
        for index in mistakes[a] {
            let label = labelsA[index]
            if (0..<classes).contains(label) { othersShared -= 2 * (count(index, label) - 1) }
            if labelsB[index] != trueLabels[index] {
                shared += 1
                if labelsB[index] == label { identical += 1 }
            }
        }
        for index in mistakes[b] {
            let label = labelsB[index]
            let aGaveIt = labelsA[index] == label ? 1.0 : 0.0
            if (0..<classes).contains(label) { othersShared -= 2 * (count(index, label) - aGaveIt - 1) }
        }
        let others = Double(predictions.count - 2)
        let errorA = Double(mistakes[a].count) / max(n, 1), errorB = Double(mistakes[b].count) / max(n, 1)
        let othersError = others > 0 ? Double(totalMistakes - mistakes[a].count - mistakes[b].count) / (others * n) : 0
        let expected: Double
        if others >= 5, othersError > 0 {
            expected = max(0, othersShared) / (others * (others - 1)) * errorA * errorB / (othersError * othersError)
        } else {
            expected = n * errorA * errorB / Double(max(1, classes - 1))
        }
        let accuracyA = 1 - errorA, accuracyB = 1 - errorB
        let observed = n > 0 ? (n - Double(mistakes[a].count + mistakes[b].count - 2 * shared)) / n : 0
        let chance = accuracyA * accuracyB + errorA * errorB
        let consistency = chance < 1 ? (observed - chance) / (1 - chance) : 0
        return ErrorSimilarity.Pair(
            first: a, second: b, identicalMistakes: identical, expectedIdentical: expected, sharedMistakes: shared,
            errorConsistency: consistency, pValue: ErrorSimilarity.poissonUpperTail(identical, mean: expected),
            adjustedPValue: adjusted)
    }
}
