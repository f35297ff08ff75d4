/// Ranks classifiers on one test set so that a rank means something: two classifiers share a rank unless McNemar's
/// exact test on their paired predictions, Holm-corrected over every pair, says one is better.
///
/// A classifier's rank is one more than the number of classifiers significantly better than it (Chatbot Arena's rule,
/// with a paired test in place of overlapping intervals): the best few share rank 1 until the data separate them.
public struct StatisticalRanking: Sendable {
    /// Each classifier's accuracy, in the order given.
    public let accuracies: [Double]
    /// Each classifier's rank, in the order given: 1 + how many are significantly more accurate.
    public let ranks: [Int]
    /// How many pairs were tested, and how many differ at `level` after Holm's correction.
    public let pairsTested: Int
    public let pairsDifferent: Int
    public let level: Double

    /// `correct[s][i]` says whether classifier `s` got example `i` right; every row covers the same examples.
    public init(correct: [[Bool]], level: Double = 0.05) {
        self.level = level
        let count = correct.count
        let bits = correct.map(CorrectnessBits.init)
        accuracies = correct.map { row in row.isEmpty ? 0 : Double(row.filter { $0 }.count) / Double(row.count) }
        var pairs: [(Int, Int)] = []
        var pValues: [Double] = []
        pairs.reserveCapacity(count * (count - 1) / 2)
        for a in 0..<count {
            for b in (a + 1)..<max(a + 1, count) {
                let (onlyA, onlyB) = bits[a].discordance(with: bits[b])
                pairs.append((a, b))
                pValues.append(PairedComparison.exactMcNemarPValue(onlyA: onlyA, onlyB: onlyB))
            }
        }
        let adjusted = MultipleTesting.holm(pValues)
        var better = [Int](repeating: 0, count: count)
        var different = 0
        for (index, (a, b)) in pairs.enumerated() where adjusted[index] < level {
            different += 1
            if accuracies[a] > accuracies[b] { better[b] += 1 } else if accuracies[b] > accuracies[a] { better[a] += 1 }
        }
        ranks = better.map { $0 + 1 }
        pairsTested = pairs.count
        pairsDifferent = different
    }
}

/// Right/wrong per example packed 64 to a word, so a pair's discordant counts are two population counts per word.
struct CorrectnessBits {
    private var words: [UInt64]

    init(_ correct: [Bool]) {
        words = [UInt64](repeating: 0, count: (correct.count + 63) / 64)
        for (index, right) in correct.enumerated() where right { words[index >> 6] |= 1 << UInt64(index & 63) }
    }

    /// (examples only self gets right, examples only `other` gets right).
    func discordance(with other: CorrectnessBits) -> (Int, Int) {
        var onlySelf = 0, onlyOther = 0
        for index in 0..<min(words.count, other.words.count) {
            onlySelf += (words[index] & ~other.words[index]).nonzeroBitCount
            onlyOther += (~words[index] & other.words[index]).nonzeroBitCount
        }
        return (onlySelf, onlyOther)
    }
}
