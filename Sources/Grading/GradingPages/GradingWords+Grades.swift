import ClassifierMetrics
import Localization

/// The sentences that explain a grade: the feedback page's, in the assignment's language, and Gradescope's, in English.
extension GradingWords {
    /// English, as Gradescope's results.json and the command's messages speak it.
    static let english = GradingWords(language: "en")

    /// "accuracy = 0.9712 (95% interval 0.9671 to 0.9750); 0 points at 0.9, 60 at 0.99, linear between: 52.80 of 60
    /// points."
    func explanation(of line: Grade.Line, _ intervals: [ClassifierMetric: ClosedRange<Double>]) -> String {
        let metric = line.item.metric.rawValue, maximum = points(line.item.points)
        guard let value = line.value else {
            let reason = switch line.reason ?? .notComputed {
            case .labelsOnly(let classes): self(.gradingNeedsProbabilities, ["metric": metric, "columns": "p0…p\(classes - 1)"])
            case .failed(let error): error
            case .notComputed: self(.gradingNotComputed)
            }
            return self(.gradingNoValue, ["metric": metric, "reason": reason, "maximum": maximum])
        }
        let interval = intervals[line.item.metric].map {
            self(.gradingExplanationInterval, ["low": figure($0.lowerBound), "high": figure($0.upperBound)])
        } ?? ""
        return self(.gradingExplanation, ["metric": metric, "value": figure(value), "interval": interval, "rule": rule(line.item),
                                          "points": points(line.points), "maximum": maximum])
    }

    /// "Submitted 2 days late: 20% of the 83.50 points earned (16.70) taken."
    func lateness(_ grade: Grade) -> String {
        let share = grade.earned > 0 ? grade.latePenalty / grade.earned : 0
        return self(grade.daysLate == 1 ? .gradingLateOneDay : .gradingLate, [
            "days": count(grade.daysLate), "share": percent(share, decimals: 0), "earned": points(grade.earned),
            "penalty": points(grade.latePenalty),
        ])
    }
}
