/// The examples a classifier got wrong, most confident first: where to look.
public struct Misclassified: Equatable, Sendable {
    public let index: Int
    public let trueLabel: Int
    public let predictedLabel: Int
    /// The probability the classifier gave its (wrong) prediction, when probabilities are known.
    public let confidence: Double?

    /// Every misclassified example, sorted by confidence (highest first), then by index.
    public static func examples(trueLabels: [Int], predictedLabels: [Int], probabilities: [[Double]]? = nil) -> [Misclassified] {
        zip(trueLabels, predictedLabels).enumerated().compactMap { index, pair in
            guard pair.0 != pair.1 else { return nil }
            let confidence = probabilities.flatMap { rows in rows.indices.contains(index)
                && rows[index].indices.contains(pair.1) ? rows[index][pair.1] : nil }
            return Misclassified(index: index, trueLabel: pair.0, predictedLabel: pair.1, confidence: confidence)
        }.sorted { ($0.confidence ?? 0, -$0.index) > ($1.confidence ?? 0, -$1.index) }
    }
}
