import DatasetCatalog
import Foundation
import IDX
import Runs
import Training
import TestSupport
import Testing
@testable import Grading

/// A run-folder submission whose model gives no numbers, or takes too long, is not gradable with the reason: never a
/// crash of the whole class, in class mode or Gradescope's single mode.
@Suite struct RunLimitsTests {
    /// A folder with a key of 30 images, an assignment naming them, and in/s1, a run of `model` (logistic regression).
    static func runFolder(model: String = "logreg") throws -> (folder: TemporaryDirectory, images: ImageSet) {
        let copy = try TinyCopy(train: 120, test: 30)
        let folder = TemporaryDirectory("run-limits")
        let dataset = try LocalDataset(copy.manifest, directory: copy.directory.path)
        let job = TrainingJob(configuration: TrainingConfiguration(model: model, epochs: 1, validationCount: 20), threads: 1,
                              version: "test")
        try FileManager.default.createDirectory(atPath: folder.file("in"), withIntermediateDirectories: true)
        _ = try job.run(on: dataset, writingTo: RunDirectory(folder.file("in/s1")))
        let key = copy.directory.file("t10k-labels-idx1-ubyte.gz"), images = copy.directory.file("t10k-images-idx3-ubyte.gz")
        try FileManager.default.copyItem(atPath: key, toPath: folder.file("key-labels.gz"))
        try FileManager.default.copyItem(atPath: images, toPath: folder.file("key-images.gz"))
        let yaml = "title: Runs\nlabels: key-labels.gz\nimages: key-images.gz\n"
            + "rubric:\n  - {name: Accuracy, metric: accuracy, points: 10, zero: 0, full: 1}\n"
        try Data(yaml.utf8).write(to: URL(fileURLWithPath: folder.file("assignment.yaml")))
        return (folder, try IDXReader.images(at: images))
    }

    /// Overwrites every weight of the run's model.safetensors with `value` (float32), keeping its header.
    static func setWeights(of run: String, to value: Float) throws {
        let path = (run as NSString).appendingPathComponent("model.safetensors")
        var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        let headerLength = bytes.prefix(8).enumerated().reduce(0) { $0 | Int($1.element) << (8 * $1.offset) }
        let start = 8 + headerLength
        let pattern = withUnsafeBytes(of: value.bitPattern.littleEndian, Array.init)
        for offset in stride(from: start, to: bytes.count - 3, by: 4) { bytes.replaceSubrange(offset..<(offset + 4), with: pattern) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    @Test func aModelWhoseOutputsAreNotNumbersIsNotGradableInClassAndSingleMode() throws {
        let (folder, _) = try Self.runFolder()
        try FileManager.default.copyItem(atPath: folder.file("in/s1"), toPath: folder.file("in/s2"))
        try Self.setWeights(of: folder.file("in/s2"), to: 3e38)
        let results = try GradingJob(assignment: folder.file("assignment.yaml"), submissions: folder.file("in"),
                                     out: folder.file("out")).run()
        #expect(results.map(\.status) == [.graded, .invalid])
        #expect(results[1].problems.joined().contains("not a number"), "\(results[1].problems)")
        let single = try SingleSubmissionJob(assignment: folder.file("assignment.yaml"), submission: folder.file("in/s2"),
                                             results: folder.file("results.json")).run()
        #expect(single.status == .invalid)
        let json = try String(contentsOfFile: folder.file("results.json"), encoding: .utf8)
        #expect(json.contains("\"score\": 0.0,"), "\(json)")
        #expect(json.contains("Not gradable"))
    }

    /// The budget counts a multiply-add per weight per image, at the fastest rate it allows: a convolutional network
    /// does some 28 times more work than that (its weights are shared across the image), so it stays over a limit of
    /// 1.01 times that estimate on any machine; logistic regression, on a fast one (AVX-512), was not.
    @Test func aRunOverItsTimeLimitIsStoppedOrRefusedBeforeRunning() throws {
        let (folder, images) = try Self.runFolder(model: "seed-cnn")
        let model = try InferenceModel(RunDirectory(folder.file("in/s1")))
        // Many copies of the key's images, so that running them takes far longer than the limit.
        let many = try ImageSet(count: images.count * 400, rows: images.rows, columns: images.columns,
                                pixels: Array(repeating: images.pixels, count: 400).flatMap { $0 })
        let work = Double(model.parameterCount) * Double(many.count)
        guard case let .failure(slow) = RunBudget(limit: work / RunBudget.fastestRate * 1.01).probabilities(model, for: many) else {
            Issue.record("a run far over its time limit was graded")
            return
        }
        #expect(slow.description.contains("over the time limit") && slow.description.contains("run_time_limit_seconds"))
        guard case let .failure(large) = RunBudget(limit: work / RunBudget.fastestRate / 2).probabilities(model, for: many) else {
            Issue.record("a model too large for the limit was run")
            return
        }
        #expect(large.description.contains("weights") && large.description.contains("hand in a smaller model"), "\(large)")
        guard case let .success(rows) = RunBudget(limit: 120).probabilities(model, for: images) else {
            Issue.record("a quick run was refused")
            return
        }
        #expect(rows.count == images.count)
    }
}
