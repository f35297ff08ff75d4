import Charts
import FileIO
import Foundation
import ClassifierMetrics
import Randomness

/// Everything `digitbook evaluate` computes for one set of predictions, and the files it writes.
public struct EvaluationReport {
    public let trueLabels: [Int]
    public let predictedLabels: [Int]
    public let probabilities: [[Double]]?
    public let classNames: [String]
    /// The examples' pixels (side x side, MNIST convention), to draw the misclassified ones; nil when unknown.
    public let images: (pixels: [UInt8], side: Int)?
    /// Per-epoch history of the run, to draw its curves; nil when there is none.
    public let history: (loss: [Double], accuracy: [Double], validationLoss: [Double]?, validationAccuracy: [Double]?)?
    public let title: String

    public init(
        trueLabels: [Int], predictedLabels: [Int], probabilities: [[Double]]?, classNames: [String],
        images: (pixels: [UInt8], side: Int)? = nil,
        history: (loss: [Double], accuracy: [Double], validationLoss: [Double]?, validationAccuracy: [Double]?)? = nil,
        title: String
    ) {
        self.trueLabels = trueLabels
        self.predictedLabels = predictedLabels
        self.probabilities = probabilities
        self.classNames = classNames
        self.images = images
        self.history = history
        self.title = title
    }

    /// What `write` did: the report's warnings, and how many charts it wrote in how many seconds.
    public struct Written: Sendable {
        public let warnings: [String]
        public let charts: Int
        public let chartSeconds: Double
    }

    /// Writes metrics.json, classification_report.txt, confusion_matrix.csv, the charts as PNG and SVG, and
    /// figures.json (each chart's file name and one-sentence description).
    @discardableResult
    ///
    /// The folder is Digitbook's: it is replaced whole by the new evaluation (so no chart or input from an earlier one
    /// stays beside new metrics), and only when it is new, empty, or an earlier evaluation and nothing else.
    /// `extraFiles` (such as `misclassified_inputs/NAME.png`) are written into it too.
    public func write(to directory: String, digits: Int = 2, extraFiles: [(path: String, bytes: [UInt8])] = []) throws -> Written {
        try Self.checkOwnership(of: directory)
        let computed = try compute()
        var written: Written?
        try Self.output(directory).replace { staging throws(FileError) in
            do {
                written = try write(computed, into: staging, digits: digits)
                for (name, bytes) in extraFiles {
                    let target = (staging as NSString).appendingPathComponent(name)
                    let folder = (target as NSString).deletingLastPathComponent
                    do { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) } catch {
                        throw FileError(path: folder, kind: .unwritable, detail: "cannot be created: \(error.localizedDescription)")
                    }
                    try AtomicFile.write(bytes, to: target)
                }
            } catch let error as FileError {
                throw error
            } catch {
                throw FileError(path: directory, kind: .unwritable, detail: "\(error)")
            }
        }
        guard let written else { throw FileError(path: directory, kind: .unwritable, detail: "nothing was written") }
        return written
    }

    /// Throws unless `directory` may be replaced by an evaluation: it does not exist, is empty, or holds an earlier
    /// evaluation and nothing else (`OutputFolder`).
    public static func checkOwnership(of directory: String) throws(FileError) {
        try output(directory).check()
    }

    private static func output(_ directory: String) -> OutputFolder {
        OutputFolder(directory, owner: "evaluate", role: "the evaluation folder (--out)")
    }

    private func write(_ computed: Computed, into directory: String, digits: Int) throws -> Written {
        // The report covers the labels present in either list, as scikit-learn's default call does; the confusion
        // matrix and the charts keep every class.
        let (report, matrix) = (computed.report, computed.matrix)
        func path(_ name: String) -> String { (directory as NSString).appendingPathComponent(name) }

        try AtomicFile.write(report.text(digits: digits), to: path("classification_report.txt"))
        let csv = (["true\\predicted," + classNames.joined(separator: ",")]
            + matrix.counts.enumerated().map { classNames[$0.offset] + "," + $0.element.map(String.init).joined(separator: ",") })
        try AtomicFile.write(csv.joined(separator: "\n") + "\n", to: path("confusion_matrix.csv"))
        try AtomicFile.write(try metrics(computed).text, to: path("metrics.json"))

        var figures: [(String, OrderedJSON)] = []
        let start = Date()
        let charts = charts(computed)
        for (name, chart) in charts {
            try AtomicFile.write(try chart.png(), to: path(name + ".png"))
            try AtomicFile.write(try chart.svg(), to: path(name + ".svg"))
            figures.append((name,
                .object([("png", .string(name + ".png")), ("svg", .string(name + ".svg")), ("description", .string(chart.summary))])))
        }
        try AtomicFile.write(OrderedJSON.object(figures).text, to: path("figures.json"))
        return Written(warnings: report.warnings, charts: charts.count, chartSeconds: Date().timeIntervalSince(start))
    }

    /// What both metrics.json and the charts are made from, computed once.
    struct Computed {
        let report: ClassificationReport
        let matrix: ConfusionMatrix
        let calibration: (expectedCalibrationError: Double, bins: [ProbabilityMetrics.CalibrationBin])?
        let misclassified: [Misclassified]
    }

    func compute() throws -> Computed {
        // The report covers the labels present in either list, as scikit-learn's default call does; the confusion
        // matrix and the charts keep every class.
        let present = Array(Set(trueLabels).union(predictedLabels)).sorted()
        return Computed(
            report: try ClassificationReport(trueLabels: trueLabels, predictedLabels: predictedLabels, labels: present,
                                             targetNames: present.map { classNames[$0] }),
            matrix: try ConfusionMatrix(trueLabels: trueLabels, predictedLabels: predictedLabels, labels: Array(0..<classNames.count)),
            calibration: try probabilities.map { probabilities throws in try ProbabilityMetrics.calibration(trueLabels: trueLabels,
                probabilities: probabilities) },
            misclassified: Misclassified.examples(trueLabels: trueLabels, predictedLabels: predictedLabels, probabilities: probabilities))
    }

    /// metrics.json: scikit-learn's `output_dict` under "classification_report", then the other measures.
    func metrics(_ computed: Computed) throws -> OrderedJSON {
        let (report, matrix) = (computed.report, computed.matrix)
        let accuracy = try ClassifierMetric.accuracy.value(trueLabels: trueLabels, predictedLabels: predictedLabels, probabilities: nil)
        let correct = zip(trueLabels, predictedLabels).filter { $0 == $1 }.count
        let interval = AgreementStatistics.wilsonInterval(successes: correct, trials: trueLabels.count)
        let dictionary = report.dictionary.map { key, value -> (String, OrderedJSON) in
            switch value {
            case .number(let number): return (key, .number(number))
            case .object(let pairs): return (key, .object(pairs.map { ($0.0, .number($0.1)) }))
            }
        }
        var entries: [(String, OrderedJSON)] = [
            ("classification_report", .object(dictionary)),
            ("examples", .integer(trueLabels.count)),
            (ClassifierMetric.accuracy.name, .object([("value", .number(accuracy)),
                                  ("wilson_95", .array([.number(interval.lower), .number(interval.upper)]))])),
        ]
        func metric(_ metric: ClassifierMetric) throws -> (String, OrderedJSON) {
            (metric.name, .number(try metric.value(trueLabels: trueLabels, predictedLabels: predictedLabels, probabilities: probabilities)))
        }
        entries += [try metric(.balancedAccuracy), try metric(.cohenKappa)]
        if probabilities != nil, let calibration = computed.calibration {
            entries += [
                try metric(.logLoss), try metric(.top2Accuracy), try metric(.top3Accuracy),
                (ClassifierMetric.expectedCalibrationError.name, .number(calibration.expectedCalibrationError)),
                ("reliability", .array(calibration.bins.map { bin in
                    .object([("lower", .number(bin.lower)), ("upper", .number(bin.upper)), ("count", .integer(bin.count)),
                             ("confidence", .number(bin.confidence)), ("accuracy", .number(bin.accuracy))])
                })),
            ]
        }
        entries.append(("most_confused", .array(matrix.mostConfusedPairs().map { pair in
            .object([("true", .string(classNames[pair.trueLabel])), ("predicted", .string(classNames[pair.predictedLabel])),
                ("count", .integer(pair.count))])
        })))
        entries.append(("misclassified", .array(computed.misclassified.map { item in
            .object([("id", .integer(item.index)), ("true", .integer(item.trueLabel)), ("predicted", .integer(item.predictedLabel)),
                     ("confidence", item.confidence.map { .number($0) } ?? .null)])
        })))
        entries.append(("warnings", .array(report.warnings.map { .string($0) })))
        return .object(entries)
    }

    /// The charts, by file name.
    func charts(_ computed: Computed) -> [(String, any Chart)] {
        let (report, matrix, wrong) = (computed.report, computed.matrix, computed.misclassified)
        var charts: [(String, any Chart)] = [
            ("confusion_matrix", ConfusionMatrixChart(labels: classNames, values: matrix.counts.map { $0.map(Double.init) },
                normalized: false,
                                                      title: "Confusion matrix: \(title)")),
            ("confusion_matrix_normalized",
                ConfusionMatrixChart(labels: classNames, values: matrix.normalized(.trueLabels), normalized: true,
                                                                 title: "Confusion matrix, by true class: \(title)")),
            ("per_class_metrics", PerClassMetricsChart(classes: report.rows.map(\.name), precision: report.rows.map(\.precision),
                                                       recall: report.rows.map(\.recall), f1: report.rows.map(\.f1Score),
                                                       title: "Precision, recall and F1 by class: \(title)")),
        ]
        if let images, !wrong.isEmpty {
            let size = images.side * images.side
            let items = wrong.prefix(32).map { item in
                DigitGrid.Item(pixels: Array(images.pixels[(item.index * size)..<((item.index + 1) * size)]), side: images.side,
                               caption: "\(classNames[item.trueLabel]) → \(classNames[item.predictedLabel])"
                                   + (item.confidence.map { String(format: " (%.2f)", $0) } ?? ""))
            }
            charts.append(("misclassified", DigitGrid(items: items, title: "Misclassified, most confident first: \(title)")))
        }
        if let calibration = computed.calibration {
            charts.append(("calibration", ReliabilityDiagram(calibration: calibration, title: "Calibration: \(title)")))
        }
        // An imported model has an empty history: no epochs, no curves to draw.
        if let history, !history.loss.isEmpty {
            charts.append(("training_curves",
                TrainingCurvesChart(loss: history.loss, accuracy: history.accuracy, validationLoss: history.validationLoss,
                                                                  validationAccuracy: history.validationAccuracy,
                                                                  title: "Training: \(title)")))
        }
        return charts
    }
}
