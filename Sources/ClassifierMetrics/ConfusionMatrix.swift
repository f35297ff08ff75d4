/// Counts of (true label, predicted label) pairs, rows by true label and columns by predicted label.
public struct ConfusionMatrix: Equatable, Sendable {
    /// How to turn counts into fractions, as scikit-learn's `normalize`.
    public enum Normalization: String, Sendable {
        /// Each row sums to 1: recall on the diagonal.
        case trueLabels = "true"
        /// Each column sums to 1: precision on the diagonal.
        case predictedLabels = "pred"
        /// Everything sums to 1.
        case all
    }

    /// The labels of the rows and columns, in order.
    public let labels: [Int]
    /// `counts[t][p]`: how many examples of `labels[t]` were predicted as `labels[p]`.
    public let counts: [[Int]]

    /// Counts `trueLabels` against `predictedLabels`; `labels` defaults to every label seen in either, sorted.
    /// Pairs involving a label outside `labels` are left out, as scikit-learn does.
    public init(trueLabels: [Int], predictedLabels: [Int], labels: [Int]? = nil) throws(MetricsError) {
        guard trueLabels.count == predictedLabels.count else {
            throw MetricsError("\(trueLabels.count) true labels but \(predictedLabels.count) predictions")
        }
        let labels = labels ?? Array(Set(trueLabels).union(predictedLabels)).sorted()
        var index: [Int: Int] = [:]
        for (position, label) in labels.enumerated() { index[label] = position }
        var counts = [[Int]](repeating: [Int](repeating: 0, count: labels.count), count: labels.count)
        for (truth, prediction) in zip(trueLabels, predictedLabels) {
            if let row = index[truth], let column = index[prediction] { counts[row][column] += 1 }
        }
        self.labels = labels
        self.counts = counts
    }

    /// The number of examples counted.
    public var total: Int { counts.reduce(0) { $0 + $1.reduce(0, +) } }

    /// The counts as fractions; a row or column with no examples becomes zeros (scikit-learn's `nan_to_num`).
    public func normalized(_ normalization: Normalization) -> [[Double]] {
        let rowSums = counts.map { $0.reduce(0, +) }
        let columnSums = labels.indices.map { column in counts.reduce(0) { $0 + $1[column] } }
        let all = total
        return counts.enumerated().map { row, values in
            values.enumerated().map { column, count in
                let denominator: Int
                switch normalization {
                case .trueLabels: denominator = rowSums[row]
                case .predictedLabels: denominator = columnSums[column]
                case .all: denominator = all
                }
                return denominator == 0 ? 0 : Double(count) / Double(denominator)
            }
        }
    }

    /// Off-diagonal cells, largest first (ties by true then predicted label): the classes most often confused.
    public func mostConfusedPairs(limit: Int = 10) -> [(trueLabel: Int, predictedLabel: Int, count: Int)] {
        var pairs: [(trueLabel: Int, predictedLabel: Int, count: Int)] = []
        for (row, values) in counts.enumerated() {
            for (column, count) in values.enumerated() where row != column && count > 0 {
                pairs.append((labels[row], labels[column], count))
            }
        }
        pairs.sort { ($0.count, -$0.trueLabel, -$0.predictedLabel) > ($1.count, -$1.trueLabel, -$1.predictedLabel) }
        return Array(pairs.prefix(limit))
    }
}
