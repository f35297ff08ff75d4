import ClassifierMetrics
import Foundation

/// The sentences that explain a grade in English, for Gradescope's file and the command's messages (the feedback
/// page says the same in the assignment's language, from the same ``GradingWords``).
enum FeedbackText {
    /// "accuracy = 0.9712 (95% interval 0.9671 to 0.9750); 0 points at 0.9, 60 at 0.99, linear between: 52.80 of 60."
    static func explanation(of line: Grade.Line, _ intervals: [ClassifierMetric: ClosedRange<Double>]) -> String {
        GradingWords.english.explanation(of: line, intervals)
    }

    /// "Submitted 2 days late: 20% of the 83.50 points earned (16.70) taken."
    static func lateness(_ grade: Grade) -> String { GradingWords.english.lateness(grade) }

    /// Four decimals for metric values.
    static func figure(_ value: Double) -> String { String(format: "%.4f", value) }
}
