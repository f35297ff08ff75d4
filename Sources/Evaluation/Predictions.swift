/// A classifier's answers on a labelled set: the true labels, the predicted labels and, when known, each example's class
/// probabilities. The one predictions type: `predict --out` writes its CSV form, a report's cache keeps its binary form,
/// `evaluate` and the report's cells read either.
public struct Predictions: Sendable, Equatable {
    /// The true label of each example.
    public let labels: [Int]
    /// The predicted label of each example: the most probable class when there are probabilities (the first among
    /// equals, as NumPy's `argmax`).
    public let predicted: [Int]
    /// Each example's class probabilities, when known.
    public let probabilities: [[Double]]?

    /// Predictions from class probabilities; each predicted label is its row's most probable class.
    public init(labels: [Int], probabilities: [[Double]]) {
        self.labels = labels
        self.probabilities = probabilities
        predicted = probabilities.map(Self.argmax)
    }

    /// Predictions known only as labels.
    public init(labels: [Int], predicted: [Int]) {
        self.labels = labels
        self.predicted = predicted
        probabilities = nil
    }

    /// Predictions with both labels and probabilities, as a file states them: a label may be any of the classes its
    /// row ties for first.
    public init(labels: [Int], predicted: [Int], probabilities: [[Double]]?) {
        self.labels = labels
        self.predicted = predicted
        self.probabilities = probabilities
    }

    /// The index of the largest value of `row`, the first among equals; 0 for an empty row.
    public static func argmax(_ row: [Double]) -> Int {
        var best = 0
        for index in row.indices.dropFirst() where row[index] > row[best] { best = index }
        return best
    }

    /// How many predictions are right.
    public var correct: Int { zip(labels, predicted).filter { $0 == $1 }.count }

    /// The share of predictions that are right (0 for none).
    public var accuracy: Double { labels.isEmpty ? 0 : Double(correct) / Double(labels.count) }
}
