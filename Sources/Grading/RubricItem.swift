import ClassifierMetrics

/// One line of a rubric: a metric and how its value becomes points.
public struct RubricItem: Equatable, Sendable {
    /// How points follow from the metric's value.
    public enum Scale: Equatable, Sendable {
        /// Linear from `zero` (no points) to `full` (all points), clamped; `zero > full` when lower is better.
        case linear(zero: Double, full: Double)
        /// The points of the highest step reached: a value at or beyond its threshold (beyond: in the better direction).
        case steps([Step])
    }

    /// One step of a stepped scale.
    public struct Step: Equatable, Sendable {
        public let threshold: Double
        public let points: Double

        public init(threshold: Double, points: Double) {
            self.threshold = threshold
            self.points = points
        }
    }

    public let name: String
    public let metric: ClassifierMetric
    public let points: Double
    public let scale: Scale

    public init(name: String, metric: ClassifierMetric, points: Double, scale: Scale) {
        self.name = name
        self.metric = metric
        self.points = points
        self.scale = scale
    }

    /// The points a metric value earns.
    public func points(for value: Double) -> Double {
        guard value.isFinite else { return 0 }
        switch scale {
        case let .linear(zero, full):
            let share = (value - zero) / (full - zero)
            return share.isFinite ? points * min(1, max(0, share)) : 0
        case let .steps(steps):
            let reached = steps.filter { metric.higherIsBetter ? value >= $0.threshold : value <= $0.threshold }
            return reached.map(\.points).max() ?? 0
        }
    }

    /// How the points follow from the value, in English words (the feedback page says it in the assignment's language).
    public var rule: String { GradingWords.english.rule(self) }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
