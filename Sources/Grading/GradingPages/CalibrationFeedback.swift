import Charts
import ClassifierMetrics
import Evaluation
import Foundation
import Localization
import NumberFormats
import Pages

/// The feedback page's calibration section, for a student who lost points on a calibration line: a reliability
/// diagram, each confidence bin's count, whether the model is over- or under-confident, and what usually fixes it.
struct CalibrationFeedback {
    let grading: ClassGrading

    /// The section, or nothing when the rubric has no calibration line, the student earned all its points or gave no
    /// probabilities (the rubric section already says why a label-only file has no value).
    func blocks(_ result: StudentResult, grade: Grade) throws(ChartError) -> [DocumentBlock] {
        guard let line = grade.lines.first(where: { $0.item.metric == .expectedCalibrationError }),
              line.points < line.item.points - 1e-9, let probabilities = result.probabilities else { return [] }
        let ids = grading.split.privateIDs
        let truth = ids.map { grading.key[$0] }, rows = ids.map { probabilities[$0] }
        guard let calibration = try? ProbabilityMetrics.calibration(trueLabels: truth, probabilities: rows) else { return [] }
        let words = grading.words
        let chart = ReliabilityDiagram(calibration: calibration, title: words(.gradingReliabilityTitle))
        // Both averages from the bins, so that the verdict and the table below it agree.
        let total = Double(max(1, rows.count))
        let confidence = calibration.bins.reduce(0) { $0 + Double($1.count) * $1.confidence } / total
        let accuracy = calibration.bins.reduce(0) { $0 + Double($1.count) * $1.accuracy } / total
        let figure = try FeedbackCharts(grading: grading).figure(chart, id: "calibration", caption: words(.gradingReliabilityCaption))
        var table = HTMLTable(header: [words(.gradingYourConfidence), words(.gradingAnswers), words(.gradingMeanConfidence),
                                       words(.gradingRight), words(.gradingSureMinusRight)], numeric: [1, 2, 3, 4])
        table.label = words(.gradingAnswersByConfidence)
        for bin in calibration.bins where bin.count > 0 {
            let range = words(.gradingRange, ["low": words.percent(bin.lower), "high": words.percent(bin.upper)])
            table.append([range, words.count(bin.count), words.percent(bin.confidence), words.percent(bin.accuracy),
                          Self.signedPoints(bin.confidence - bin.accuracy, words: words)])
        }
        return [.heading(level: 2, Inline.plain(words(.gradingCalibrationHeading))),
                .paragraph(Self.verdict(confidence: confidence, accuracy: accuracy, words: words)), figure, .table(table),
                .paragraph(Self.advice(overConfident: confidence > accuracy, words: words))]
    }

    /// Whether the model is over- or under-confident on average, in words.
    static func verdict(confidence: Double, accuracy: Double, words: GradingWords) -> String {
        let phrase: Phrase = abs(confidence - accuracy) < 0.005 ? .gradingCalibrationMatches
            : confidence > accuracy ? .gradingOverConfident : .gradingUnderConfident
        return words(phrase, ["confidence": words.percent(confidence), "accuracy": words.percent(accuracy)])
    }

    /// What usually fixes miscalibration, in plain words.
    static func advice(overConfident: Bool, words: GradingWords) -> String {
        words(.gradingTemperatureScaling) + words(.sentenceSeparator)
            + words(overConfident ? .gradingOverConfidentAdvice : .gradingUnderConfidentAdvice)
    }

    /// A difference of shares as signed percentage points.
    static func signedPoints(_ difference: Double, words: GradingWords) -> String {
        let sign = (1_000 * difference).rounded() > 0 ? "+" : ""
        return words(.gradingPercentagePoints, ["value": sign + words.numbers.number(100 * difference, decimals: 1)])
    }
}
