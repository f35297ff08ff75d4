import Foundation
import LiterateReport
import Runs
import TestSupport
import Testing
@testable import DigitbookCommands

/// No command writes over its own inputs or into a folder it does not own (issue 21): each case is refused before
/// any work, with exit 1, a message naming the path, and the file that was there left as it was.
@Suite struct OutputSafetyCommandTests {
    @Test func trainAndImportNeverReplaceAFolderWithOtherFiles() async throws {
        let tiny = try await TinyRun(epochs: 1)
        let work = tiny.work
        try FileManager.default.createDirectory(atPath: work.file("thesis"), withIntermediateDirectories: true)
        work.write(Array("my thesis".utf8), to: "thesis/thesis.txt")
        let train = ["train", "--model", "logreg", "--epochs", "1", "--validation", "20"] + tiny.data
        let failure = try #require(await commandFailure(train + ["--out", work.file("thesis")]))
        #expect(failure.exitCode == 1)
        #expect(failure.message.contains("thesis.txt") && failure.message.contains("give a new or empty folder"), "\(failure.message)")
        #expect(work.entries(in: "thesis") == ["thesis.txt"])

        let model = ImportCommandTests.fixtures.appendingPathComponent("torch_mlp.safetensors").path
        let importing = ["import", model, "--spec", "conv2k5-relu-maxpool-flatten-dense16-relu-bn-dense10", "--pixels", "0-255",
                         "--threads", "1"] + tiny.data
        let refused = try #require(await commandFailure(importing + ["--out", work.file("thesis")]))
        #expect(refused.message.contains("thesis.txt"), "\(refused.message)")
        #expect(try String(contentsOfFile: work.file("thesis/thesis.txt"), encoding: .utf8) == "my thesis")

        // A run folder is written again by either command (it holds only what they wrote).
        try await runCommand(train + ["--out", work.file("run")])
        try await runCommand(importing + ["--out", work.file("run")])
        #expect(try RunDirectory(work.file("run")).load().record.imported != nil)
        let input = try #require(await commandFailure(importing + ["--out", (model as NSString).deletingLastPathComponent]))
        #expect(input.message.contains("holds the model file"), "\(input.message)")
    }

    @Test func noCommandWritesOverItsOwnInput() async throws {
        let tiny = try await TinyRun(epochs: 1)
        let work = tiny.work
        let run = work.file("run")
        let weights = try Data(contentsOf: URL(fileURLWithPath: run + "/model.safetensors"))
        let overWeights = try #require(await commandFailure(["predict", "--run", run, "--out", run + "/model.safetensors"] + tiny.data))
        #expect(overWeights.message.contains("is inside the run folder (--run)"), "\(overWeights.message)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: run + "/model.safetensors")) == weights)

        let page = work.write(try PredictNumberCommandTests.bars(), to: "bars.png")
        let original = try Data(contentsOf: URL(fileURLWithPath: page))
        let boxes = try #require(await commandFailure(["predict", "--run", run, "--number", page, "--boxes", page]))
        #expect(boxes.message.contains("--boxes is an input image"), "\(boxes.message)")
        try FileManager.default.createSymbolicLink(atPath: work.file("alias.png"), withDestinationPath: page)
        let preprocess = try #require(await commandFailure(["preprocess", page, "--out", work.file("alias.png")]))
        #expect(preprocess.message.contains("--out is the input image"), "\(preprocess.message)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: page)) == original)

        let evaluate = try #require(await commandFailure(["evaluate", "--run", run, "--out", run + "/eval"] + tiny.data))
        #expect(evaluate.message.contains("is inside the run folder (--run)"), "\(evaluate.message)")
        let data = try #require(await commandFailure(["predict", "--run", run, "--out", tiny.copy.directory.path + "/p.csv"] + tiny.data))
        #expect(data.message.contains("is inside the data folder (--data)"), "\(data.message)")
    }

    @Test func benchNumbersOwnsItsFailuresFolder() async throws {
        let tiny = try await TinyRun(epochs: 1)
        let work = tiny.work
        let bench = ["bench", "numbers", "--run", work.file("run"), "--strips", "3"] + tiny.data
        try FileManager.default.createDirectory(atPath: work.file("mine"), withIntermediateDirectories: true)
        work.write(Array("notes".utf8), to: "mine/notes.txt")
        let refused = try #require(await commandFailure(bench + ["--failures", work.file("mine")]))
        #expect(refused.message.contains("notes.txt"), "\(refused.message)")
        #expect(work.entries(in: "mine") == ["notes.txt"])
        try await runCommand(bench + ["--failures", work.file("failures")])
        try await runCommand(bench + ["--failures", work.file("failures")])
        #expect(work.entries(in: "failures").contains(".digitbook-output"))
        let record = try Data(contentsOf: URL(fileURLWithPath: work.file("run/run.json")))
        let reading = ["bench", "reading", "--run", work.file("run"), "--digits", "1", "--conditions", "plain"] + tiny.data
        let baseline = try #require(await commandFailure(reading + ["--write-baseline", work.file("run/run.json")]))
        #expect(baseline.message.contains("--write-baseline is inside the run folder (--run)"), "\(baseline.message)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: work.file("run/run.json"))) == record)
    }

    @Test func renderOptionsAndTaskFilesSayWhatIsWrong() async throws {
        let jobs = try #require(await commandFailure(["render", "r.md", "--jobs", "-1"]))
        #expect(jobs.message.contains("--jobs must be a whole number from 1 to 256, got -1"), "\(jobs.message)")
        let folder = TemporaryDirectory("tasks")
        let file = folder.write(Array(#"{"format": 99}"#.utf8), to: "tasks.json")
        let tasks = try #require(await commandFailure(["render-task", file, "0"]))
        #expect(tasks.message.contains("tasks.json: is a task file of format 99; this digitbook reads format 1 only"), "\(tasks.message)")
    }
}
