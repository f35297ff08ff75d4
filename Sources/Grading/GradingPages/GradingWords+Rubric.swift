import Localization

/// What the class report says of a rubric line that does not spread the class.
extension GradingWords {
    /// The problem, the class's values, the line's rule and thresholds from the class's own values that would spread it.
    func sentence(_ line: RubricReach.Line) -> String {
        let item = line.item
        let values = self(.reachValues, ["lowest": figure(line.lowest), "highest": figure(line.highest), "median": figure(line.median)])
        let phrase: Phrase
        switch line.problem {
        case .outOfReach: phrase = .reachOutOfReach
        case .outOfReachForMost: phrase = .reachOutOfReachForMost
        case .fullMarksForEveryone: phrase = .reachFullMarks
        }
        let problem = self(phrase, [
            "name": "\"\(item.name)\" (\(item.metric.rawValue))", "students": count(line.students),
            "points": rubricNumber(item.points), "median": figure(line.medianPoints), "values": values, "rule": rule(item),
        ])
        guard let suggestion = line.suggestion else { return problem }
        // The thresholds as the assignment file writes them (YAML), whatever the page's language.
        let spread: String
        switch suggestion {
        case let .linear(zero, full):
            spread = self(.reachLinearSpread, ["yaml": "{zero: \(RubricItem.number(zero)), full: \(RubricItem.number(full))}"])
        case let .steps(steps):
            let yaml = "steps: [" + steps.map { "[\(RubricItem.number($0.threshold)), \(RubricItem.number($0.points))]" }
                .joined(separator: ", ") + "]"
            spread = self(.reachStepsSpread, ["yaml": yaml])
        }
        return problem + self(.sentenceSeparator) + self(.reachSuggestion, ["spread": spread])
    }
}
