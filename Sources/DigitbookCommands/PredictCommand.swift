import ArgumentParser
import Evaluation
import FileIO
import Foundation
import IDX
import NeuralNetwork
import NumberFormats
import Readings
import Runs
import UserImages

/// `digitbook predict`: class probabilities from a trained run, for the test set or for the user's own images.
struct PredictCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "predict",
        abstract: "Predict with a trained run: the test set to CSV, or your own digit images.",
        discussion: """
            With --out, writes one row per test image: id (0-based), label (the predicted class) and p0…p9. \
            With image files, prints each image's digit and probabilities (the images go through `digitbook preprocess`); \
            with --json, one JSON object per image, as `POST /api/predict` answers.
            """)

    @OptionGroup var dataOptions: DataOptions

    @Option(name: .customLong("run"), help: ArgumentHelp("The run folder written by `digitbook train`.", valueName: "run-dir"))
    var runDirectory: String

    @Option(name: .long, help: ArgumentHelp("Where to write the test-set predictions.", valueName: "file.csv"))
    var out: String?

    @Argument(help: "PNG or JPEG images of single digits (or, with --number, of rows of digits).")
    var images: [String] = []

    @OptionGroup var numberOptions: NumberOptions

    func validate() throws {
        guard (out == nil) != images.isEmpty else { throw ValidationError("give either --out FILE.csv or image files, not both") }
        guard out == nil || !numberOptions.json else { throw ValidationError("--json goes with image files, not --out") }
        try numberOptions.validate(imageCount: images.count)
    }

    func run() throws {
        let runFolder = InputOutputOverlap.Input(runDirectory, role: "the run folder (--run)", wholeFolder: true)
        let pictures = images.map { InputOutputOverlap.Input($0, role: "an input image") }
        if let out {
            try InputOutputOverlap.check(output: out, role: "--out", inputs: [runFolder] + dataOptions.inputs)
        }
        if let boxes = numberOptions.boxes {
            try InputOutputOverlap.check(output: boxes, role: "--boxes", inputs: [runFolder] + pictures)
        }
        let model = try InferenceModel(RunDirectory(runDirectory), threads: ProcessInfo.processInfo.activeProcessorCount)
        let run = URL(fileURLWithPath: runDirectory).standardizedFileURL.lastPathComponent
        if numberOptions.number {
            try NumberPrinter(options: numberOptions, model: model, run: run).read(images)
            return
        }
        if let out {
            let predictions = try Predictions(of: model, on: dataOptions.load().test)
            try AtomicFile.write(predictions.csv, to: out)
            Console.line("wrote \(out): \(predictions.labels.count.thousandsSeparated) predictions; test accuracy "
                + String(format: "%.4f", predictions.accuracy))
            return
        }
        var failures: [String] = []
        for path in images {
            let reading: DigitReading
            do {
                reading = try DigitReading.read(file: path, with: model, run: run)
            } catch {
                failures.append("\(error)")  // every image is tried; the failures are reported together
                continue
            }
            if numberOptions.json {
                Console.line(try ReadingJSON.text(reading))
                continue
            }
            for warning in reading.warnings { Console.warn("\(path): \(warning); the reading may be unreliable") }
            let row = reading.probabilities.indices.map { "\(reading.name($0)): \(String(format: "%.4f", reading.probabilities[$0]))" }
            Console.line("\(path): \(reading.digit) (p=\(String(format: "%.4f", reading.probability)))  " + row.joined(separator: "  "))
        }
        guard failures.isEmpty else { throw ImageFailures(total: images.count, messages: failures) }
    }
}
