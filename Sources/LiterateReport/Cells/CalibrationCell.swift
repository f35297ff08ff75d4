import Charts
import ClassifierMetrics
import Evaluation
import Localization
import NumberFormats
import Pages

/// `calibration`: how far the run's confidence matches its accuracy: a reliability diagram and the expected calibration error.
struct CalibrationCell: CellRunner {
    func run(_ cell: Cell, options: CellOptions, context: ReportContext, output: CellOutputBuilder) throws {
        let id = try options.text("run")
        let binCount = try options.integer("bins", default: 15, in: 2...100)
        let predictions = try context.run(id).predictions()
        let probabilities = try predictions.requireProbabilities(id, for: "a calibration cell")
        let calibration = try ProbabilityMetrics.calibration(trueLabels: predictions.labels, probabilities: probabilities,
            bins: binCount)
        let w = context.words
        let chart = ReliabilityDiagram(calibration: calibration, title: w(.cellCalibrationTitle, ["run": id]))
        try output.figure("calibration", chart,
            caption: w(.cellCalibrationCaption, ["run": id, "bins": w.count(binCount)]))
        let total = Double(max(1, predictions.labels.count))
        let meanConfidence = probabilities.reduce(0) { $0 + ($1.max() ?? 0) } / total
        let accuracy = Double(zip(predictions.predicted, predictions.labels).filter { $0 == $1 }.count) / total
        output.paragraph(w(meanConfidence > accuracy ? .cellCalibrationOver : .cellCalibrationUnder, [
            "ece": w.number(calibration.expectedCalibrationError, decimals: 4), "bins": w.count(binCount),
            "confidence": w.percent(meanConfidence, decimals: 2), "accuracy": w.percent(accuracy, decimals: 2),
        ]))
        output.headline = "ECE \(NumberText.fixed(calibration.expectedCalibrationError))"
        output.value("ece", ReportValue(.number, calibration.expectedCalibrationError))
        output.value("mean_confidence", ReportValue(.proportion, meanConfidence))
    }
}
