import ClassifierMetrics
import Foundation

/// The sentences that explain a grade, shared by the feedback page and Gradescope's file.
enum FeedbackText {
    /// "accuracy = 0.9712 (95% interval 0.9671 to 0.9750); 0 points at 0.9, 60 at 0.99, linear between: 52.80 of 60."
    static func explanation(of line: Grade.Line, _ intervals: [ClassifierMetric: ClosedRange<Double>]) -> String {
        let metric = line.item.metric.rawValue
        guard let value = line.value else {
            return "\(metric): no value (\(line.reason ?? "not computed")), so 0 of \(GradesTable.number(line.item.points)) points."
        }
        var text = "\(metric) = \(figure(value))"
        if let interval = intervals[line.item.metric] {
            text += " (95% interval \(figure(interval.lowerBound)) to \(figure(interval.upperBound)))"
        }
        return text + "; \(line.item.rule): \(GradesTable.number(line.points)) of \(GradesTable.number(line.item.points)) points."
    }

    /// "Submitted 2 days late: 20% of the 83.50 points earned (16.70) taken."
    static func lateness(_ grade: Grade) -> String {
        let days = "\(grade.daysLate) day\(grade.daysLate == 1 ? "" : "s")"
        let share = grade.earned > 0 ? grade.latePenalty / grade.earned * 100 : 0
        return "Submitted \(days) late: \(String(format: "%.0f", share))% of the \(GradesTable.number(grade.earned)) points "
            + "earned (\(GradesTable.number(grade.latePenalty))) taken."
    }

    /// Four decimals for metric values.
    static func figure(_ value: Double) -> String { String(format: "%.4f", value) }
}
