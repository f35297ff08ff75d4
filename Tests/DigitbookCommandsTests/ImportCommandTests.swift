import Foundation
import Runs
import TestSupport
import Testing
@testable import DigitbookCommands

/// `digitbook import` on a tiny dataset: a PyTorch fixture becomes a run folder that `predict` and `evaluate` read; bad options
/// and a file without its spec are refused with exit 1 and nothing written.
@Suite struct ImportCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("ModelImportTests/Fixtures")

    @Test func importsAStateDictIntoARunFolderThatPredictReads() async throws {
        let copy = try TinyCopy()
        let catalog = try copy.catalog()
        let out = TemporaryDirectory("import-command")
        let model = Self.fixtures.appendingPathComponent("torch_mlp.safetensors").path
        let common = ["--catalog", catalog.path, "--dataset", "tiny", "--data", copy.directory.path]
        try await runCommand(["import", model, "--spec", "conv2k5-relu-maxpool-flatten-dense16-relu-bn-dense10", "--pixels", "0-255",
                              "--threads", "1", "--out", out.file("run")] + common)
        let (record, _) = try RunDirectory(out.file("run")).load()
        #expect(record.imported?.pixels == "0-255" && record.imported?.pixelsChosenBy == "given")
        #expect(record.imported?.format == "safetensors" && record.imported?.layout == "pytorch")
        #expect(record.finalTest?.count == 20)
        try await runCommand(["predict", "--run", out.file("run"), "--data", copy.directory.path, "--out", out.file("p.csv")])
        #expect(FileManager.default.fileExists(atPath: out.file("p.csv")))
        try await runCommand(["evaluate", "--run", out.file("run"), "--data", copy.directory.path, "--out", out.file("eval")])
        #expect(FileManager.default.fileExists(atPath: out.file("eval/confusion_matrix.png")))
        #expect(!FileManager.default.fileExists(atPath: out.file("eval/training_curves.png")), "no training, no curves")

        let noSpec = await commandFailure(["import", model, "--out", out.file("other")] + common)
        #expect(noSpec?.exitCode == 1)
        #expect(noSpec?.message.contains("a .safetensors file holds weights only; give the architecture as a spec") == true)
        let badPixels = await commandFailure(["import", model, "--pixels", "0-100", "--out", out.file("other")] + common)
        #expect(badPixels?.message.contains("--pixels must be 0-1, 0-255 or auto, got 0-100") == true)
        #expect(!FileManager.default.fileExists(atPath: out.file("other")))
    }
}
