import Foundation
import IDX
import TestSupport
import Testing
import UserImages
@testable import DigitbookCommands

@Suite struct TrainingCommandTests {
    @Test func trainsThenPredictsTheTestSetAndAnImage() async throws {
        let copy = try TinyCopy(train: 120, test: 30)
        let catalog = try copy.catalog()
        let runs = TemporaryDirectory("runs")
        let run = runs.file("mlp")
        try await runCommand([
            "train", "--model", "mlp", "--epochs", "2", "--batch-size", "16", "--lr", "0.01", "--validation", "20",
            "--catalog", catalog.path, "--dataset", "tiny", "--data", copy.directory.path, "--out", run,
        ])
        #expect(runs.entries(in: "mlp") == ["history.json", "model.safetensors", "run.json", "summary.txt"])
        let history = try String(contentsOfFile: run + "/history.json", encoding: .utf8)
        #expect(history.contains("\"epoch\" : 2"))

        let csv = runs.file("test.csv")
        try await runCommand(["predict", "--run", run, "--catalog", catalog.path, "--dataset", "tiny",
                                              "--data", copy.directory.path, "--out", csv])
        let lines = try String(contentsOfFile: csv, encoding: .utf8).split(separator: "\n")
        #expect(lines.first == "id,label,p0,p1,p2,p3,p4,p5,p6,p7,p8,p9")
        #expect(lines.count == 31)
        let sums = lines.dropFirst().map { $0.split(separator: ",").dropFirst(2).compactMap { Double($0) }.reduce(0, +) }
        #expect(sums.allSatisfy { abs($0 - 1) < 1e-5 })

        let (images, _) = TinyDataset.make(count: 10)
        let digit = try #require(GreyImage(width: 28, height: 28, pixels: Array(images.image(at: 4))))
        let image = runs.write(try PNGCodec.encode(digit.inverted.enlarged(by: 4)), to: "four.png")
        try await runCommand(["predict", "--run", run, image])
    }

    @Test func refusesBadOptionsBeforeTraining() async throws {
        let copy = try TinyCopy()
        let catalog = try copy.catalog()
        let common = ["--catalog", catalog.path, "--dataset", "tiny", "--data", copy.directory.path, "--out", TemporaryDirectory().file("r")]
        await #expect(throws: Error.self) { try await runCommand(["train", "--model", "resnet"] + common) }
        await #expect(throws: Error.self) { try await runCommand(["train", "--model", "mlp", "--schedule", "linear"] + common) }
        await #expect(throws: Error.self) { try await runCommand(["train", "--model", "mlp", "--optimizer", "rmsprop"] + common) }
        await #expect(throws: Error.self) { try await runCommand(["predict", "--run", "/no/such/run", "x.png"]) }
    }

    @Test func printsTheSummary() async throws {
        try await runCommand(["summary", "--model", "seed-cnn"])
        await #expect(throws: Error.self) { try await runCommand(["summary", "--model", "conv-nope"]) }
    }
}
