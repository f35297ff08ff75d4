import ArgumentParser
import Evaluation
import FileIO
import Foundation
import IDX
import Runs
import UserImages

/// `digitbook evaluate`: metrics, the classification report and every chart for a run or a predictions file.
struct EvaluateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Evaluate a trained run on the test set, or predictions made by any tool.",
        discussion: """
            Writes metrics.json (scikit-learn's output_dict under "classification_report", then accuracy with its \
            Wilson interval, balanced accuracy, kappa, log loss, top-k, calibration, the most-confused pairs and the \
            misclassified examples), classification_report.txt, confusion_matrix.csv, figures.json and each chart as \
            PNG and SVG.
            """)

    @OptionGroup var dataOptions: DataOptions

    @Option(name: .customLong("run"), help: ArgumentHelp("A run folder written by `digitbook train`.", valueName: "run-dir"))
    var runDirectory: String?

    @Option(name: .long, help: ArgumentHelp("A predictions CSV: id,label[,p0,…], ids 0-based.", valueName: "file.csv"))
    var predictions: String?

    @Option(name: .long, help: ArgumentHelp("With --predictions: the IDX labels file of the same examples.", valueName: "labels-idx"))
    var labels: String?

    @Option(name: .long, help: ArgumentHelp(
        "With --run: evaluate on a folder of labelled images (DIR/0/…, DIR/9/…, PNG or JPEG) instead of the test set.",
        valueName: "dir"))
    var images: String?

    @Option(name: .long, help: ArgumentHelp(
        "With --predictions: the IDX images file of the same examples, to draw the misclassified ones.", valueName: "images-idx"))
    var testImages: String?

    @Option(name: .long, help: ArgumentHelp("The folder to write into.", valueName: "eval-dir"))
    var out: String

    @Option(name: .long, parsing: .unconditional, help: "Decimals in classification_report.txt (scikit-learn's `digits`).")
    var digits = 2

    func validate() throws {
        guard (runDirectory == nil) != (predictions == nil) else {
            throw ValidationError("give either --run RUN_DIR or --predictions FILE.csv")
        }
        if predictions != nil && labels == nil { throw ValidationError("--predictions needs --labels LABELS_IDX") }
        if images != nil && runDirectory == nil { throw ValidationError("--images needs --run RUN_DIR") }
        if testImages != nil && predictions == nil { throw ValidationError("--test-images goes with --predictions") }
        guard (0...10).contains(digits) else { throw ValidationError("--digits must be between 0 and 10") }
    }

    func run() throws {
        let evaluation: EvaluationReport
        var extraFiles: [(path: String, bytes: [UInt8])] = []
        var unreadCount = 0
        var inputs = dataOptions.inputs
        if let runDirectory { inputs.append(.init(runDirectory, role: "the run folder (--run)", wholeFolder: true)) }
        if let images { inputs.append(.init(images, role: "the image folder (--images)", wholeFolder: true)) }
        for (file, role) in [(predictions, "the predictions file"), (labels, "the labels file"), (testImages, "the test images")] {
            if let file { inputs.append(.init(file, role: role)) }
        }
        try InputOutputOverlap.check(output: out, role: "the evaluation folder (--out)", inputs: inputs)
        try EvaluationReport.checkOwnership(of: out)
        let cores = ProcessInfo.processInfo.activeProcessorCount
        if let runDirectory, let images {
            let result = try RunEvaluations.imageFolder(run: runDirectory, images: images, threads: cores)
            for note in result.notes { Console.line("note: \(note)") }
            if !result.unread.isEmpty {
                let lines = result.unread.map { "\($0.path): \($0.reason)" }
                let count = result.unread.count
                Console.warn("\(count) image\(count == 1 ? "" : "s") could not be evaluated:\n  " + lines.joined(separator: "\n  "))
                extraFiles.append(("unread_images.txt", Array((lines.joined(separator: "\n") + "\n").utf8)))
                unreadCount = count
            }
            extraFiles += result.misclassifiedInputs.map { ("misclassified_inputs/" + $0.name, $0.png) }
            evaluation = result.report
        } else if let runDirectory {
            evaluation = try RunEvaluations.testSet(run: runDirectory, dataset: dataOptions.load(), threads: cores)
        } else if let predictions, let labels {
            evaluation = try RunEvaluations.predictionsFile(predictions, labels: labels, testImages: testImages,
                                                            classNames: dataOptions.resolve().manifest.classNames)
        } else {
            return
        }
        let written = try evaluation.write(to: out, digits: digits, extraFiles: extraFiles)
        for warning in written.warnings { Console.warn(warning) }
        let correct = zip(evaluation.trueLabels, evaluation.predictedLabels).filter { $0 == $1 }.count
        let total = evaluation.trueLabels.count
        Console.line(String(format: "accuracy %.4f (%d of %d)", Double(correct) / Double(max(1, total)), correct, total)
            + "; wrote \(out)")
        if unreadCount > 0 {
            Console.line(String(format: "accuracy %.4f (%d of %d) counting the %d unread images as errors",
                                Double(correct) / Double(total + unreadCount), correct, total + unreadCount, unreadCount))
        }
        Console.line(String(format: "%d charts written as PNG and SVG in %.2f s", written.charts, written.chartSeconds))
    }
}
