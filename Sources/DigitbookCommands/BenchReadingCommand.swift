import ArgumentParser
import FileIO
import Foundation
import NumberFormats
import ReadingBenchmark
import Runs
import UserImages

/// `digitbook bench reading`: how well single digits are read from photos and scans, condition by condition.
struct BenchReadingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reading",
        abstract: "Read MNIST test digits made into photos and scans in many conditions, beside a plain reference preprocessing.",
        discussion: """
            Each condition turns each of the first --digits MNIST test digits into an image file (deterministic from \
            --seed), which is read as `digitbook predict` reads a file and, beside it, by a plain reference (invert if \
            mostly light, crop at Otsu's threshold, scale into 20x20, centre by mass), both with the run's model. Prints \
            accuracy and refusal rate per condition. --baseline FILE exits 1, naming the condition, when a condition's \
            accuracy is more than 2 points below the file's or it refuses a digit where the file's refused none.

            Conditions: \(ReadingConditions.all.map { "\($0.id) (\($0.description))" }.joined(separator: "; ")).
            """)

    @OptionGroup var dataOptions: DataOptions

    @Option(name: .customLong("run"), help: ArgumentHelp("The run folder whose model reads the digits.", valueName: "run-dir"))
    var runDirectory: String

    @Option(name: .long, help: "How many MNIST test digits, from the first, each condition makes.")
    var digits = 200

    @Option(name: .long, help: "The seed the files are made from.")
    var seed: UInt64 = 0

    @Option(name: .long, help: ArgumentHelp("Only these conditions, comma-separated (default: all).", valueName: "ids"))
    var conditions: String?

    @Option(name: .long, help: ArgumentHelp("Write each misread or refused file here, with the 28x28 input the model read.",
        valueName: "dir"))
    var failures: String?

    @Option(name: .long, help: ArgumentHelp("Compare with this baseline file; exit 1 on a regression.", valueName: "file"))
    var baseline: String?

    @Option(name: .customLong("write-baseline"), help: ArgumentHelp("Record this run's figures as a baseline file.", valueName: "file"))
    var writeBaseline: String?

    var conditionIDs: [String] {
        (conditions ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    func validate() throws {
        guard (1...10_000).contains(digits) else { throw ValidationError("--digits must be from 1 to 10000, got \(digits)") }
        do { _ = try ReadingConditions.named(conditionIDs) } catch { throw ValidationError("--conditions: \(error.description)") }
    }

    func run() throws {
        let selected = try ReadingConditions.named(conditionIDs)
        let model = try InferenceModel(RunDirectory(runDirectory), threads: 1)
        let recorded = try baseline.map { path in
            let file = try ReadingBaseline.read(path)
            try file.checkComparable(seed: seed, digits: digits, file: path)
            return file
        }
        if let writeBaseline {
            let run = InputOutputOverlap.Input(runDirectory, role: "the run folder (--run)", wholeFolder: true)
            try InputOutputOverlap.check(output: writeBaseline, role: "--write-baseline", inputs: [run] + dataOptions.inputs)
        }
        let dataset = try dataOptions.load()
        let output = try failureFolder()
        var misread: [ReadingFailure] = []
        let scores = try ReadingBenchmark(images: dataset.test.images, labels: dataset.test.labels).run(
            conditions: selected, digits: digits, seed: seed, classify: model.probabilities(for:),
            progress: { Console.error("bench reading: " + $0) }, failure: { if output != nil { misread.append($0) } })
        if let output { try write(misread, to: output) }
        printTable(scores, baseline: recorded)
        if let writeBaseline {
            let configuration = model.record.configuration
            let note = "\(configuration.model), \(configuration.epochs) epochs (training seed \(configuration.seed)); "
                + "digitbook \(model.record.digitbookVersion)"
            try ReadingBaseline(seed: seed, digits: digits, note: note, conditions: scores).write(to: writeBaseline)
            Console.line("baseline written to \(writeBaseline)")
        }
        if let recorded, let path = baseline {
            let regressions = recorded.regressions(in: scores)
            guard regressions.isEmpty else {
                for line in regressions { Console.error("regression against \(path): \(line)") }
                throw ExitCode(1)
            }
            Console.line("no condition is worse than \(path) allows")
        }
    }

    /// The failures folder, checked before any work: new, empty, or one this command wrote before.
    func failureFolder() throws -> OutputFolder? {
        guard let failures else { return nil }
        let role = "the failures folder (--failures)"
        let run = InputOutputOverlap.Input(runDirectory, role: "the run folder (--run)", wholeFolder: true)
        var inputs = [run] + dataOptions.inputs
        if let baseline { inputs.append(InputOutputOverlap.Input(baseline, role: "the baseline file (--baseline)", wholeFolder: false)) }
        try InputOutputOverlap.check(output: failures, role: role, inputs: inputs)
        let output = OutputFolder(failures, owner: "bench reading", role: role)
        try output.check()
        return output
    }

    /// Each failure's file as made and the 28x28 input, and `failures.tsv` listing them with the reading or the reason,
    /// replacing the folder whole.
    func write(_ misread: [ReadingFailure], to output: OutputFolder) throws {
        var files: [(name: String, bytes: [UInt8])] = []
        var table = "condition\tdigit\ttruth\tread\tfile\treason\n"
        for failure in misread {
            let stem = String(format: "%@-%05d-truth-%d-", failure.condition, failure.index, failure.truth)
                + (failure.read.map { "read-\($0)" } ?? "refused")
            files.append((stem + "." + failure.file.fileExtension, failure.file.bytes))
            if let input = failure.input { files.append((stem + "-input.png", try PNGCodec.encode(input))) }
            let reason = (failure.reason ?? "").replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ")
            table += "\(failure.condition)\t\(failure.index)\t\(failure.truth)\t\(failure.read.map(String.init) ?? "refused")\t"
                + "\(stem).\(failure.file.fileExtension)\t\(reason)\n"
        }
        files.append(("failures.tsv", Array(table.utf8)))
        try output.replace { staging throws(FileError) in
            for (name, bytes) in files { try AtomicFile.write(bytes, to: (staging as NSString).appendingPathComponent(name)) }
        }
        Console.line("\(misread.count) misread or refused files written to \(output.path)")
    }

    func printTable(_ scores: [ConditionScore], baseline: ReadingBaseline?) {
        func percent(_ value: Double) -> String { NumberText.percent(value, decimals: 1) }
        let byID = Dictionary(ReadingConditions.all.map { ($0.id, $0.description) }, uniquingKeysWith: { first, _ in first })
        let extra = baseline == nil ? "" : " baseline | refused |"
        Console.line("| condition | what the picture is | digits | this build | refused | plain reference | refused |" + extra)
        Console.line("| --- | --- | --- | --- | --- | --- | --- |" + (baseline == nil ? "" : " --- | --- |"))
        for score in scores {
            var row = "| \(score.id) | \(byID[score.id] ?? "") | \(score.digits) | \(percent(score.accuracy)) | "
                + "\(percent(score.refusalRate)) | \(percent(score.referenceAccuracy)) | \(percent(score.referenceRefusalRate)) |"
            if let baseline {
                let before = baseline.conditions.first { $0.id == score.id }
                row += before.map { " \(percent($0.accuracy)) | \(percent($0.refusalRate)) |" } ?? " (none) | |"
            }
            Console.line(row)
        }
        let total = scores.reduce(0) { $0 + $1.digits }, right = scores.reduce(0) { $0 + $1.right }
        let reference = scores.reduce(0) { $0 + $1.referenceRight }
        guard total > 0 else { return }
        Console.line("all conditions: this build \(percent(Double(right) / Double(total))), "
            + "plain reference \(percent(Double(reference) / Double(total))) of \(total) files")
    }
}
