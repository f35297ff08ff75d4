import Charts
import ClassifierMetrics
import Evaluation
import Foundation
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
        let chart = ReliabilityDiagram(calibration: calibration, title: "Your reliability diagram")
        // Both averages from the bins, so that the verdict and the table below it agree.
        let total = Double(max(1, rows.count))
        let confidence = calibration.bins.reduce(0) { $0 + Double($1.count) * $1.confidence } / total
        let accuracy = calibration.bins.reduce(0) { $0 + Double($1.count) * $1.accuracy } / total
        let figure = try FeedbackCharts.figure(chart, id: "calibration", caption: "Your test answers grouped by how sure you "
                + "were (the probability of your answer). Each bar rises to the share of its group you got right; a calibrated "
                + "model's bars reach the diagonal. Orange above a bar: more sure than right; blue inside it: more right than sure.")
        var table = HTMLTable(header: ["Your confidence", "Answers", "Mean confidence", "Right", "Sure minus right"],
                              numeric: [1, 2, 3, 4])
        table.label = "Your answers by confidence"
        for bin in calibration.bins where bin.count > 0 {
            let range = "\(NumberText.percent(bin.lower, decimals: 1)) to \(NumberText.percent(bin.upper, decimals: 1))"
            table.append([range, bin.count.thousandsSeparated,
                               NumberText.percent(bin.confidence, decimals: 1), NumberText.percent(bin.accuracy, decimals: 1),
                               Self.signedPoints(bin.confidence - bin.accuracy)])
        }
        return [.heading(level: 2, Inline.plain("Calibration: how far to trust your probabilities")),
                .paragraph(Self.verdict(confidence: confidence, accuracy: accuracy)), figure, .table(table),
                .paragraph(Self.advice(overConfident: confidence > accuracy))]
    }

    /// Whether the model is over- or under-confident on average, in words.
    static func verdict(confidence: Double, accuracy: Double) -> String {
        let sure = "On average you gave your answer a probability of \(NumberText.percent(confidence, decimals: 1)) and were right "
            + "\(NumberText.percent(accuracy, decimals: 1)) of the time"
        if abs(confidence - accuracy) < 0.005 {
            return sure + ": on average your probabilities match how often you are right, but not in every group of answers below."
        }
        return sure + (confidence > accuracy
            ? ": your model is over-confident, surer of its answers than they deserve."
            : ": your model is under-confident, right more often than it says.")
    }

    /// What usually fixes miscalibration, in plain words.
    static func advice(overConfident: Bool) -> String {
        let scaling = "Temperature scaling usually fixes it without changing a single answer: divide the logits (the numbers "
            + "before the softmax) by one number T, chosen to minimise the log loss on held-out validation images, never the "
            + "test set."
        return overConfident
            ? scaling + " For an over-confident model T is above 1. Training with label smoothing (aiming at 0.9 instead of 1 "
                + "for the true class) or stopping before the training loss keeps falling while the validation loss rises "
                + "also help."
            : scaling + " For an under-confident model T is below 1. Strong label smoothing or averaging many models' "
                + "probabilities can make a model under-confident: use less of it."
    }

    /// A difference of shares as signed percentage points.
    static func signedPoints(_ difference: Double) -> String { NumberText.signed(100 * difference, decimals: 1) + " points" }
}
