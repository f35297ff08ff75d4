import ClassifierMetrics

/// Every rubric metric's value for one submission, or why it has none (a label-only file has no probabilities).
public struct MetricValues: Sendable {
    private let values: [ClassifierMetric: Double]
    private let reasons: [ClassifierMetric: Missing]

    /// Why a metric has no value: the submission gave labels only (the metric needs the probabilities of `classes`
    /// classes), or the metric could not be computed (its error, in the metric's words).
    public enum Missing: Equatable, Sendable {
        case labelsOnly(classes: Int)
        case failed(String)
        case notComputed
    }

    /// Computes each metric of the catalogue (``ClassifierMetric``), as `digitbook evaluate` does, against `trueLabels`;
    /// only those in `wanted` when it is given (a rubric needs a few, and top-k sorts every row). Accuracy always.
    public init(trueLabels: [Int], predictedLabels: [Int], probabilities: [[Double]]?, classes: Int,
                wanted: Set<ClassifierMetric> = Set(ClassifierMetric.allCases)) {
        var values: [ClassifierMetric: Double] = [:]
        var reasons: [ClassifierMetric: Missing] = [:]
        for metric in wanted.union([.accuracy]) {
            guard !metric.needsProbabilities || probabilities != nil else {
                reasons[metric] = .labelsOnly(classes: classes)
                continue
            }
            do {
                values[metric] = try metric.value(trueLabels: trueLabels, predictedLabels: predictedLabels, probabilities: probabilities)
            } catch {
                reasons[metric] = .failed(error.description)
            }
        }
        self.values = values
        self.reasons = reasons
    }

    /// The metric's value, or nil when it has none.
    public func value(of metric: ClassifierMetric) -> Double? { values[metric] }

    /// Why the metric has no value, when it has none.
    public func reason(for metric: ClassifierMetric) -> Missing? { values[metric] == nil ? reasons[metric] ?? .notComputed : nil }
}
