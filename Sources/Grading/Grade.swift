import Foundation

/// A submission's points: each rubric line, the late penalty and the total.
public struct Grade: Equatable, Sendable {
    /// One rubric line as scored.
    public struct Line: Equatable, Sendable {
        public let item: RubricItem
        /// The metric's value, nil when the submission cannot give it.
        public let value: Double?
        public let points: Double
        /// Why the line scored nothing without a value (for feedback).
        public let reason: MetricValues.Missing?
    }

    public let lines: [Line]
    public let daysLate: Int
    /// Points taken for lateness (a share of those earned).
    public let latePenalty: Double
    public let maximum: Double

    /// Points earned before the late penalty.
    public var earned: Double { lines.reduce(0) { $0 + $1.points } }
    public var total: Double { max(0, earned - latePenalty) }

    /// Scores `values` on the assignment's rubric; `submitted` against its due time and late policy.
    public init(_ assignment: Assignment, values: MetricValues, submitted: Date?) {
        lines = assignment.rubric.map { item in
            let value = values.value(of: item.metric)
            return Line(item: item, value: value, points: value.map(item.points(for:)) ?? 0, reason: values.reason(for: item.metric))
        }
        maximum = assignment.maximumPoints
        if let due = assignment.due, let submitted, let policy = assignment.late {
            daysLate = LatePolicy.daysLate(submitted: submitted, due: due)
            latePenalty = lines.reduce(0) { $0 + $1.points } * policy.penaltyFraction(daysLate: daysLate)
        } else {
            daysLate = assignment.due.flatMap { due in submitted.map { LatePolicy.daysLate(submitted: $0, due: due) } } ?? 0
            latePenalty = 0
        }
    }
}
