import ArgumentParser
import FileIO
import Foundation
import ModelImport
import NumberFormats
import Runs

/// `digitbook import`: a Keras or PyTorch model file becomes a Digitbook run folder.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn a Keras (.keras, .h5) or PyTorch (.safetensors + --spec) model into a run folder.",
        discussion: """
            The run folder (model.safetensors, run.json, summary.txt, an empty history.json) works with predict, evaluate, \
            serve and every report cell. The test set's predictions are computed and recorded in run.json.
            """)

    @Argument(help: ArgumentHelp("The model file: .keras, .h5, or a .safetensors state_dict.", valueName: "model"))
    var model: String

    @OptionGroup var dataOptions: DataOptions

    @Option(name: .long, help: "For .safetensors: the architecture as a Digitbook spec string (see `digitbook summary`).")
    var spec: String?

    @Option(name: .long, help: "For .safetensors: pytorch (conv (out,in,h,w), dense (out,in), channel-first flatten) or keras.")
    var layout = "pytorch"

    @Option(name: .long, help: "The pixels the model was trained on: 0-1, 0-255, or auto (try both on 1,000 training images).")
    var pixels = "auto"

    @Option(name: .long, parsing: .unconditional, help: "Threads for computing the predictions.")
    var threads = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .long, help: ArgumentHelp("The run folder to write.", valueName: "run-dir"))
    var out: String

    func run() throws {
        guard let layout = WeightLayout(rawValue: layout) else {
            throw ValidationError("--layout must be pytorch or keras, got \(layout)")
        }
        let choice: ImportJob.Pixels
        if pixels == "auto" {
            choice = .auto
        } else if let range = PixelRange(rawValue: pixels) {
            choice = .given(range)
        } else {
            throw ValidationError("--pixels must be 0-1, 0-255 or auto, got \(pixels)")
        }
        guard TrainingConfiguration.Limits.threads.contains(threads) else {
            throw ValidationError("--threads must be from 1 to \(TrainingConfiguration.Limits.threads.upperBound), got \(threads)")
        }
        let modelFile = InputOutputOverlap.Input(model, role: "the model file")
        try InputOutputOverlap.check(output: out, role: "the run folder (--out)", inputs: [modelFile] + dataOptions.inputs)
        try RunDirectory(out).checkWritable()
        let dataset = try dataOptions.load()
        let job = ImportJob(modelFile: model, spec: spec, layout: layout, pixels: choice, threads: threads, version: Digitbook.version)
        let outcome = try job.run(on: dataset, writingTo: RunDirectory(out))
        for warning in outcome.warnings { Console.warn(warning) }
        guard let imported = outcome.record.imported else { return }
        Console.line("imported \(model) (\(imported.format)) as \(outcome.record.spec)")
        if let accuracies = imported.accuracies, let checked = imported.checkedImages {
            let figures = PixelRange.allCases.map { "\($0.rawValue): \(NumberText.percent(accuracies[$0.rawValue] ?? 0))" }
            Console.line("pixels \(imported.pixels), the better on the first \(checked.thousandsSeparated) training images "
                + "(\(figures.joined(separator: ", ")))")
        } else {
            Console.line("pixels \(imported.pixels), as given")
        }
        Console.line("wrote \(out) (model.safetensors, run.json, summary.txt, history.json)")
        if let test = outcome.record.finalTest {
            Console.line("test accuracy \(NumberText.percent(test.accuracy)) on \(test.count.thousandsSeparated) images")
        }
    }
}
