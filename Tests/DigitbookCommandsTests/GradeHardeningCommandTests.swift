import Foundation
import IDX
import TestSupport
import Testing
@testable import DigitbookCommands

/// `digitbook grade` under hostile but fair input: overlapping or foreign outputs and unbounded points are errors with
/// exit 1 that name the path or field; a run whose model gives no numbers is "not gradable", never a crash.
@Suite struct GradeHardeningCommandTests {
    /// A key of 20 labels, an assignment (extra YAML lines appended) and in/s1.csv, all right.
    static func classFolder(points: String = "10") throws -> TemporaryDirectory {
        let folder = TemporaryDirectory("grade-command")
        let key = (0..<20).map { $0 % 10 }
        try IDXWriter.write(labels: key.map(UInt8.init), to: folder.file("key.idx"))
        let yaml = "title: Quiz\nlabels: key.idx\nrubric:\n  - {name: Accuracy, metric: accuracy, points: \(points), zero: 0.5, full: 1}\n"
        try Data(yaml.utf8).write(to: URL(fileURLWithPath: folder.file("assignment.yaml")))
        try FileManager.default.createDirectory(atPath: folder.file("in"), withIntermediateDirectories: true)
        let rows = key.enumerated().map { "\($0.offset),\($0.element)" }.joined(separator: "\n")
        try Data(("id,label\n" + rows + "\n").utf8).write(to: URL(fileURLWithPath: folder.file("in/s1.csv")))
        return folder
    }

    @Test(arguments: ["in", "in/out", "."])
    func anOutputFolderOverlappingTheSubmissionsIsRefused(_ out: String) async throws {
        let folder = try Self.classFolder()
        let failure = try #require(await commandFailure(["grade", folder.file("assignment.yaml"), "--submissions", folder.file("in"),
                                                         "--out", folder.file(out)]))
        #expect(failure.exitCode == 1 && failure.message.contains("write elsewhere"), "\(failure.message)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.file("in")) == ["s1.csv"])
    }

    @Test func anOutputFolderWithAnInstructorsFilesIsRefusedAndKept() async throws {
        let folder = try Self.classFolder()
        try FileManager.default.createDirectory(atPath: folder.file("out"), withIntermediateDirectories: true)
        try Data("notes".utf8).write(to: URL(fileURLWithPath: folder.file("out/notes.txt")))
        let failure = try #require(await commandFailure(["grade", folder.file("assignment.yaml"), "--submissions", folder.file("in"),
                                                         "--out", folder.file("out")]))
        #expect(failure.exitCode == 1 && failure.message.contains("notes.txt"), "\(failure.message)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.file("out")) == ["notes.txt"])
        try await runCommand(["grade", folder.file("assignment.yaml"), "--submissions", folder.file("in"), "--out", folder.file("new")])
        try await runCommand(["grade", folder.file("assignment.yaml"), "--submissions", folder.file("in"), "--out", folder.file("new")])
    }

    @Test func gradescopeResultsMayNotOverwriteTheSubmission() async throws {
        let folder = try Self.classFolder()
        let before = try Data(contentsOf: URL(fileURLWithPath: folder.file("in/s1.csv")))
        let failure = try #require(await commandFailure(["grade", folder.file("assignment.yaml"), "--submission", folder.file("in/s1.csv"),
                                                         "--gradescope-results", folder.file("in/s1.csv")]))
        #expect(failure.exitCode == 1 && failure.message.contains("the submission"), "\(failure.message)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.file("in/s1.csv"))) == before)
    }

    @Test func pointsThatAddUpToInfinityAreRefusedNamingTheField() async throws {
        let folder = try Self.classFolder(points: "1e308")
        let failure = try #require(await commandFailure(["grade", folder.file("assignment.yaml"), "--submission", folder.file("in/s1.csv"),
                                                         "--gradescope-results", folder.file("results.json")]))
        #expect(failure.exitCode == 1 && failure.message.contains("field rubric[1].points"), "\(failure.message)")
        #expect(!FileManager.default.fileExists(atPath: folder.file("results.json")))
    }

    @Test func aRunWhoseModelGivesNaNIsNotGradableInSingleModeNotACrash() async throws {
        let copy = try TinyCopy(train: 120, test: 30)
        let catalog = try copy.catalog()
        let folder = TemporaryDirectory("grade-nan-run")
        let run = folder.file("s1")
        try await runCommand(["train", "--model", "logreg", "--epochs", "1", "--validation", "20", "--catalog", catalog.path,
                              "--dataset", "tiny", "--data", copy.directory.path, "--out", run])
        // Weights near the float maximum: finite, but every output overflows.
        let model = run + "/model.safetensors"
        var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: model)))
        let start = 8 + bytes.prefix(8).enumerated().reduce(0) { $0 | Int($1.element) << (8 * $1.offset) }
        let huge = withUnsafeBytes(of: Float(3e38).bitPattern.littleEndian, Array.init)
        for offset in stride(from: start, to: bytes.count - 3, by: 4) { bytes.replaceSubrange(offset..<(offset + 4), with: huge) }
        try Data(bytes).write(to: URL(fileURLWithPath: model))
        let yaml = "title: Runs\nlabels: \(copy.directory.file("t10k-labels-idx1-ubyte.gz"))\n"
            + "images: \(copy.directory.file("t10k-images-idx3-ubyte.gz"))\n"
            + "rubric:\n  - {name: Accuracy, metric: accuracy, points: 10, zero: 0, full: 1}\n"
        try Data(yaml.utf8).write(to: URL(fileURLWithPath: folder.file("assignment.yaml")))
        let failure = try #require(await commandFailure(["grade", folder.file("assignment.yaml"), "--submission", run,
                                                         "--gradescope-results", folder.file("results.json")]))
        #expect(failure.exitCode == 1)
        let results = try String(contentsOfFile: folder.file("results.json"), encoding: .utf8)
        #expect(results.contains("Not gradable") && results.contains("not a number"), "\(results)")
    }
}
