import ClassifierMetrics

/// Every rubric metric's value for one submission, or why it has none (a label-only file has no probabilities).
public struct MetricValues: Sendable {
    private let values: [ClassifierMetric: Double]
    private let reasons: [ClassifierMetric: String]

    /// Computes each metric of the catalogue (``ClassifierMetric``), as `digitbook evaluate` does, against `trueLabels`;
    /// only those in `wanted` when it is given (a rubric needs a few, and top-k sorts every row). Accuracy always.
    public init(trueLabels: [Int], predictedLabels: [Int], probabilities: [[Double]]?, classes: Int,
                wanted: Set<ClassifierMetric> = Set(ClassifierMetric.allCases)) {
        var values: [ClassifierMetric: Double] = [:]
        var reasons: [ClassifierMetric: String] = [:]
        for metric in wanted.union([.accuracy]) {
            guard !metric.needsProbabilities || probabilities != nil else {
                reasons[metric] = "\(metric.rawValue) needs class probabilities (columns p0…p\(classes - 1)); "
                    + "the submission has only labels"
                continue
            }
            do {
                values[metric] = try metric.value(trueLabels: trueLabels, predictedLabels: predictedLabels, probabilities: probabilities)
            } catch {
                reasons[metric] = error.description
            }
        }
        self.values = values
        self.reasons = reasons
    }

    /// The metric's value, or nil when it has none.
    public func value(of metric: ClassifierMetric) -> Double? { values[metric] }

    /// Why the metric has no value, when it has none.
    public func reason(for metric: ClassifierMetric) -> String? { values[metric] == nil ? reasons[metric] ?? "not computed" : nil }
}
