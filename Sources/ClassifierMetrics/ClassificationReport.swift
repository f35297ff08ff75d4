import Foundation

/// Per-class precision, recall, F1 and support with scikit-learn's semantics, and its text and dict forms.
///
/// Labels default to every label in the true or predicted labels, sorted. A ratio with a zero denominator is 0
/// (scikit-learn's default `zero_division="warn"`), and `warnings` names the labels concerned. When the labels
/// cover every label present, the micro average is reported as `accuracy`, else as `micro avg`.
public struct ClassificationReport: Sendable {
    /// One line of the report.
    public struct Row: Equatable, Sendable {
        public let name: String
        public let precision: Double
        public let recall: Double
        public let f1Score: Double
        public let support: Int
    }

    public let rows: [Row]
    /// The micro-averaged F1 when it equals accuracy (labels cover every label present), else nil.
    public let accuracy: Double?
    /// The micro average when it is not accuracy.
    public let microAverage: Row?
    public let macroAverage: Row
    public let weightedAverage: Row
    /// scikit-learn's UndefinedMetricWarning cases, as sentences naming the labels.
    public let warnings: [String]

    public init(trueLabels: [Int], predictedLabels: [Int], labels: [Int]? = nil, targetNames: [String]? = nil) throws(MetricsError) {
        guard trueLabels.count == predictedLabels.count else {
            throw MetricsError("\(trueLabels.count) true labels but \(predictedLabels.count) predictions")
        }
        guard !trueLabels.isEmpty else { throw MetricsError("no examples to report on") }
        let present = Array(Set(trueLabels).union(predictedLabels)).sorted()
        let labels = labels ?? present
        if let targetNames, targetNames.count != labels.count {
            throw MetricsError("\(targetNames.count) class names for \(labels.count) labels")
        }
        let names = targetNames ?? labels.map(String.init)
        var tp = [Int](repeating: 0, count: labels.count), predicted = tp, actual = tp
        var index: [Int: Int] = [:]
        for (position, label) in labels.enumerated() { index[label] = position }
        for (truth, prediction) in zip(trueLabels, predictedLabels) {
            if let t = index[truth] { actual[t] += 1 }
            if let p = index[prediction] { predicted[p] += 1 }
            if truth == prediction, let t = index[truth] { tp[t] += 1 }
        }
        func ratio(_ numerator: Int, _ denominator: Int) -> Double { denominator == 0 ? 0 : Double(numerator) / Double(denominator) }
        let precision = labels.indices.map { ratio(tp[$0], predicted[$0]) }
        let recall = labels.indices.map { ratio(tp[$0], actual[$0]) }
        let f1 = labels.indices.map { ratio(2 * tp[$0], actual[$0] + predicted[$0]) }
        rows = labels.indices.map { Row(name: names[$0], precision: precision[$0], recall: recall[$0], f1Score: f1[$0],
            support: actual[$0]) }

        let support = actual.reduce(0, +)
        let (tpSum, predictedSum) = (tp.reduce(0, +), predicted.reduce(0, +))
        let micro = Row(name: "micro avg", precision: ratio(tpSum, predictedSum), recall: ratio(tpSum, support),
                        f1Score: ratio(2 * tpSum, support + predictedSum), support: support)
        if Set(labels).isSuperset(of: present) {
            accuracy = micro.f1Score
            microAverage = nil
        } else {
            accuracy = nil
            microAverage = micro
        }
        macroAverage = Row(name: "macro avg", precision: NumPySum.mean(precision), recall: NumPySum.mean(recall),
                           f1Score: NumPySum.mean(f1), support: support)
        let weights = actual.map(Double.init)
        let weighted = support == 0
            ? (0.0, 0.0, 0.0)
            : (NumPySum.average(precision, weights: weights), NumPySum.average(recall, weights: weights),
                NumPySum.average(f1, weights: weights))
        weightedAverage = Row(name: "weighted avg", precision: weighted.0, recall: weighted.1, f1Score: weighted.2, support: support)

        var warnings: [String] = []
        let noPredictions = labels.indices.filter { predicted[$0] == 0 }.map { names[$0] }
        let noExamples = labels.indices.filter { actual[$0] == 0 }.map { names[$0] }
        if !noPredictions.isEmpty {
            warnings.append("precision is ill-defined and set to 0.0 for labels with no predicted samples: "
                + noPredictions.joined(separator: ", "))
        }
        if !noExamples.isEmpty {
            warnings.append("recall is ill-defined and set to 0.0 for labels with no true samples: " + noExamples.joined(separator: ", "))
        }
        self.warnings = warnings
    }

    /// The report as `sklearn.metrics.classification_report` prints it, byte for byte.
    public func text(digits: Int = 2) -> String {
        let width = max(rows.map(\.name.count).max() ?? 0, "weighted avg".count, digits)
        func right(_ text: String, _ size: Int) -> String { String(repeating: " ", count: max(0, size - text.count)) + text }
        func number(_ value: Double) -> String { right(String(format: "%.\(digits)f", value), 9) }
        func line(_ row: Row) -> String {
            right(row.name, width) + " " + " \(number(row.precision))" + " \(number(row.recall))" + " \(number(row.f1Score))"
                + " \(right(String(row.support), 9))\n"
        }
        var report = right("", width) + " " + ["precision", "recall", "f1-score", "support"].map { " " + right($0, 9) }.joined() + "\n\n"
        for row in rows { report += line(row) }
        report += "\n"
        if let accuracy {
            report += right("accuracy", width) + " " + " " + right("", 9) + " " + right("", 9) + " \(number(accuracy))"
                + " \(right(String(macroAverage.support), 9))\n"
        } else if let microAverage {
            report += line(microAverage)
        }
        report += line(macroAverage) + line(weightedAverage)
        return report
    }

    /// The `output_dict=True` form as ordered (key, value) pairs; values are numbers or objects of numbers.
    public var dictionary: [(key: String, value: ReportValue)] {
        func object(_ row: Row) -> ReportValue {
            .object([("precision", row.precision), ("recall", row.recall), ("f1-score", row.f1Score), ("support", Double(row.support))])
        }
        var entries: [(key: String, value: ReportValue)] = rows.map { ($0.name, object($0)) }
        if let accuracy { entries.append(("accuracy", .number(accuracy))) }
        if let microAverage { entries.append(("micro avg", object(microAverage))) }
        entries.append(("macro avg", object(macroAverage)))
        entries.append(("weighted avg", object(weightedAverage)))
        return entries
    }

    /// A value of the dict form: a number, or an object of named numbers.
    public enum ReportValue: Sendable {
        case number(Double)
        case object([(String, Double)])
    }
}
