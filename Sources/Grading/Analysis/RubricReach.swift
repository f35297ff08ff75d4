import ClassifierMetrics
import Foundation

/// Rubric lines that do not spread the class: out of everyone's reach, out of reach for most, or full marks for
/// everyone; each with thresholds taken from the class's own values that would spread it.
///
/// Only students whose submission gives the line's metric count (a label-only file has no log loss; its 0 is the
/// file's doing, not the threshold's), and only when at least `fewestStudents` of them do: a line is judged on a class.
public struct RubricReach: Sendable, Equatable {
    /// What is wrong with a line.
    public enum Problem: Sendable, Equatable {
        /// No student earns any of the line's points.
        case outOfReach
        /// Half the class or more earns less than a tenth of the line's points (but some earn more).
        case outOfReachForMost
        /// Every student earns all of the line's points.
        case fullMarksForEveryone
    }

    /// One line that does not spread the class.
    public struct Line: Sendable, Equatable {
        public let item: RubricItem
        public let problem: Problem
        /// The students with a value, and the median points they earn.
        public let students: Int
        public let medianPoints: Double
        /// The class's lowest, median and highest value of the metric.
        public let lowest: Double, median: Double, highest: Double
        /// A scale of the same kind whose thresholds are the class's own quantiles, or nil when the values do not differ.
        public let suggestion: RubricItem.Scale?
    }

    /// The fewest students with a value for a line to be judged.
    public static let fewestStudents = 5

    /// The lines with a problem, in rubric order.
    public let lines: [Line]

    /// Judges each line of `rubric` on `students`, the graded students' scored lines (each in rubric order).
    public init(rubric: [RubricItem], students: [[Grade.Line]]) {
        lines = rubric.indices.compactMap { index in
            let item = rubric[index]
            let scored = students.compactMap { lines in
                index < lines.count ? lines[index].value.map { (value: $0, points: lines[index].points) } : nil
            }.filter { $0.value.isFinite }
            guard scored.count >= Self.fewestStudents, item.points > 0 else { return nil }
            let points = scored.map(\.points).sorted(), values = scored.map(\.value).sorted()
            let medianPoints = PairedComparison.percentile(points, 0.5)
            let problem: Problem
            if points.allSatisfy({ $0 <= 0 }) {
                problem = .outOfReach
            } else if points.allSatisfy({ $0 >= item.points - 1e-9 }) {
                problem = .fullMarksForEveryone
            } else if medianPoints < item.points / 10 {
                problem = .outOfReachForMost
            } else {
                return nil
            }
            return Line(item: item, problem: problem, students: scored.count, medianPoints: medianPoints,
                        lowest: values[0], median: PairedComparison.percentile(values, 0.5), highest: values[values.count - 1],
                        suggestion: Self.spreading(item, values: values))
        }
    }

    /// A scale like `item`'s with thresholds at the class's quantiles: a linear one from the worst tenth (no points)
    /// to the best tenth (all points); k steps at the quantiles 1/(k+1) … k/(k+1), so that the class divides evenly.
    static func spreading(_ item: RubricItem, values: [Double]) -> RubricItem.Scale? {
        guard let first = values.first, let last = values.last, last > first else { return nil }
        // The value at a share of the class counted from its worst end.
        func fromWorst(_ share: Double) -> Double {
            rounded(PairedComparison.percentile(values, item.metric.higherIsBetter ? share : 1 - share))
        }
        switch item.scale {
        case .linear:
            let zero = fromWorst(0.1), full = fromWorst(0.9)
            return zero == full ? nil : .linear(zero: zero, full: full)
        case let .steps(steps):
            let ordered = steps.sorted { $0.points < $1.points }
            let count = Double(ordered.count + 1)
            return .steps(ordered.enumerated().map { position, step in
                RubricItem.Step(threshold: fromWorst(Double(position + 1) / count), points: step.points)
            })
        }
    }

    /// `value` to three significant digits, as a threshold an instructor would write.
    static func rounded(_ value: Double) -> Double {
        guard value != 0, value.isFinite else { return value }
        let digits = 2 - floor(log10(abs(value)))
        if digits >= 0 {
            let scale = pow(10, digits)
            return (value * scale).rounded() / scale
        }
        let scale = pow(10, -digits)
        return (value / scale).rounded() * scale
    }
}

extension RubricReach.Line {
    /// What is wrong with the line and thresholds that would spread the class, in words for the instructor (English;
    /// the class report says it in the assignment's language).
    public var sentence: String { GradingWords.english.sentence(self) }
}
