import ArgumentParser
import FileIO
import Foundation
import NumberBenchmark
import NumberFormats
import Runs
import UserImages

/// `digitbook bench numbers`: how well whole numbers are read, on strips made from MNIST's test digits.
struct BenchNumbersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "numbers",
        abstract: "Read strips of 3 to 8 MNIST test digits (separated, and with one touching pair) as numbers, beside the "
            + "baseline of equal-width slices.",
        discussion: """
            The strips are made from --seed: each digit scaled and slanted on its own, random gaps, paper-like noise. \
            Prints, for separated and touching strips apart, how often the number of digits was found, digit and whole-string \
            accuracy, the single-digit accuracy raised to each strip's length, and the same for the baseline.
            """)

    @OptionGroup var dataOptions: DataOptions

    @Option(name: .customLong("run"), help: ArgumentHelp("The run folder whose model reads the digits.", valueName: "run-dir"))
    var runDirectory: String

    @Option(name: .long, help: "Strips of each kind.")
    var strips = 500

    @Option(name: .long, help: "The seed the strips are made from.")
    var seed: UInt64 = 0

    @Option(name: .long, help: ArgumentHelp("Write each misread strip here as a PNG named by its truth and reading.",
        valueName: "dir"))
    var failures: String?

    func validate() throws {
        guard (1...100_000).contains(strips) else { throw ValidationError("--strips must be from 1 to 100000, got \(strips)") }
    }

    func run() throws {
        let model = try InferenceModel(RunDirectory(runDirectory), threads: 1)
        let dataset = try dataOptions.load()
        let benchmark = NumberBenchmark(model: model, images: dataset.test.images, labels: dataset.test.labels)
        // The failures folder follows the one output rule: new, empty or an earlier one, replaced whole at the end.
        let output = failures.map { OutputFolder($0, owner: "bench numbers", role: "the failures folder (--failures)") }
        if let failures {
            let run = InputOutputOverlap.Input(runDirectory, role: "the run folder (--run)", wholeFolder: true)
            try InputOutputOverlap.check(output: failures, role: "the failures folder (--failures)", inputs: [run] + dataOptions.inputs)
        }
        try output?.check()
        var misread: [(name: String, png: [UInt8])] = []
        let results = try benchmark.run(strips: strips, seed: seed, progress: { Console.line($0) }) { strip, read in
            guard output != nil, let png = try? PNGCodec.encode(strip.image) else { return }
            let name = String(format: "%@-%04d-truth-%@-read-%@.png", strip.touching ? "touching" : "separated", misread.count + 1,
                              strip.truth.map(String.init).joined(), read.isEmpty ? "nothing" : read.map(String.init).joined())
            misread.append((name, png))
        }
        if let output {
            try output.replace { staging throws(FileError) in
                for (name, png) in misread { try AtomicFile.write(png, to: (staging as NSString).appendingPathComponent(name)) }
            }
        }
        Console.line("| strips | reader: count right | digits | whole strings | single digit ^ length | "
            + "equal slices: digits | whole strings |")
        Console.line("| --- | --- | --- | --- | --- | --- | --- |")
        for result in results {
            func percent(_ value: Double) -> String { NumberText.percent(value, decimals: 1) }
            Console.line("| \(result.touching ? "one touching pair" : "separated") (\(result.reader.strips)) | "
                + "\(percent(result.reader.countAccuracy)) | \(percent(result.reader.digitAccuracy)) | "
                + "\(percent(result.reader.stringAccuracy)) | \(percent(result.reader.expectedStringAccuracy)) | "
                + "\(percent(result.baseline.digitAccuracy)) | \(percent(result.baseline.stringAccuracy)) |")
        }
        Console.line("single-digit accuracy of \(runDirectory) on these strips' digits: "
            + NumberText.percent(results.first?.singleDigitAccuracy ?? 0))
    }
}
