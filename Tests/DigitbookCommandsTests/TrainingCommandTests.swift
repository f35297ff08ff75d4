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
        #expect(runs.entries(in: "mlp") == [".digitbook-output", "history.json", "model.safetensors", "run.json", "summary.txt"])
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
        let common = ["--catalog", catalog.path, "--dataset", "tiny", "--data", copy.directory.path, "--out",
            TemporaryDirectory().file("r")]
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

/// A tiny dataset with its catalog, a work folder, and a logistic regression trained on it for `epochs` epochs.
struct TinyRun {
    let copy: TinyCopy
    let catalog: TemporaryDirectory
    let work: TemporaryDirectory
    var data: [String] { ["--catalog", catalog.path, "--dataset", "tiny", "--data", copy.directory.path] }

    init(epochs: Int) async throws {
        copy = try TinyCopy(train: 120, test: 30)
        catalog = try copy.catalog()
        work = TemporaryDirectory("tiny-run")
        try await runCommand(["train", "--model", "logreg", "--epochs", String(epochs), "--validation", "20", "--out", work.file("run")]
            + data)
    }
}

@Suite struct EvaluateCommandTests {
    @Test func evaluatesARunAndAPredictionsFile() async throws {
        let tiny = try await TinyRun(epochs: 1)
        let (copy, work, data) = (tiny.copy, tiny.work, tiny.data)
        try await runCommand(["evaluate", "--run", work.file("run"), "--out", work.file("eval")] + data)
        let written = work.entries(in: "eval")
        for name in ["metrics.json", "classification_report.txt", "confusion_matrix.csv", "figures.json", "training_curves.svg",
                     "confusion_matrix.png", "per_class_metrics.svg", "calibration.png"] {
            #expect(written.contains(name), "\(name)")
        }

        try await runCommand(["predict", "--run", work.file("run"), "--out", work.file("p.csv")] + data)
        try await runCommand(["evaluate", "--predictions", work.file("p.csv"), "--labels", copy.directory.file("t10k-labels-idx1-ubyte.gz"),
                              "--out", work.file("eval2")] + data)
        #expect(work.entries(in: "eval2").contains("calibration.png"))
        #expect(!work.entries(in: "eval2").contains("training_curves.png"), "a predictions file has no history")

        work.write(Array("id,label\n0,3\n0,4\n".utf8), to: "bad.csv")
        let error = await #expect(throws: Error.self) {
            try await runCommand(["evaluate", "--predictions", work.file("bad.csv"), "--labels",
                copy.directory.file("t10k-labels-idx1-ubyte.gz"),
                                  "--out", work.file("eval3")] + data)
        }
        #expect("\(error.map { "\($0)" } ?? "")".contains("line 3: id 0 repeats line 2"))
        #expect(!work.entries().contains("eval3"), "nothing written for a rejected file")
    }
}

@Suite struct EvaluateImagesCommandTests {
    @Test func evaluatesAFolderOfImagesAndKeepsTheMisclassifiedInputs() async throws {
        let tiny = try await TinyRun(epochs: 2)
        let work = tiny.work
        for folder in ["images/0",
            "images/9"] { try FileManager.default.createDirectory(atPath: work.file(folder), withIntermediateDirectories: true) }
        var pixels = [UInt8](repeating: 250, count: 56 * 56)
        for y in 6..<50 { for x in 26..<30 { pixels[y * 56 + x] = 0 } }
        // The same picture filed under two classes: the model cannot be right both times.
        let png = try PNGCodec.encode(GreyImage(width: 56, height: 56, pixels: pixels)!)
        work.write(png, to: "images/0/bar.png")
        work.write(png, to: "images/9/bar.png")
        try await runCommand(["evaluate", "--run", work.file("run"), "--images", work.file("images"), "--out", work.file("eval")])
        #expect(work.entries(in: "eval").contains("metrics.json"))
        let inputs = work.entries(in: "eval/misclassified_inputs")
        #expect((1...2).contains(inputs.count))
        for name in inputs {
            let stem = name.replacingOccurrences(of: ".png-as-", with: "-as-").replacingOccurrences(of: ".png", with: "")
            let parts = stem.components(separatedBy: "-bar-as-")
            #expect(parts.count == 2 && parts[0] != parts[1] && ["0", "9"].contains(parts[0]), "\(name)")
        }
        let saved = try ImageDecoder.read(work.file("eval/misclassified_inputs/" + (inputs.first ?? "")))
        #expect(saved.width == 28 && saved.height == 28)
    }

    /// The output folder is Digitbook's: a second evaluation leaves nothing of the first, and a folder of other files
    /// is refused before anything is computed.
    @Test func ownsItsOutputFolderAndListsUnreadImages() async throws {
        let tiny = try await TinyRun(epochs: 1)
        let work = tiny.work
        for folder in ["images/0", "images/9"] {
            try FileManager.default.createDirectory(atPath: work.file(folder), withIntermediateDirectories: true)
        }
        var pixels = [UInt8](repeating: 250, count: 56 * 56)
        for y in 6..<50 { for x in 26..<30 { pixels[y * 56 + x] = 0 } }
        let png = try PNGCodec.encode(GreyImage(width: 56, height: 56, pixels: pixels)!)
        work.write(png, to: "images/0/bar.png")
        work.write(png, to: "images/9/bar.png")
        work.write(Array("faint".utf8), to: "images/9/faint.png")
        work.write(Array("about these".utf8), to: "images/README.txt")
        try await runCommand(["evaluate", "--run", work.file("run"), "--images", work.file("images"), "--out", work.file("eval")])
        #expect(try String(contentsOfFile: work.file("eval/unread_images.txt"), encoding: .utf8).contains("faint.png: not a PNG or JPEG"))
        // A file someone put beside an evaluation makes the folder theirs: refused, and kept.
        work.write(Array("mine".utf8), to: "eval/my_chart.png")
        let added = try #require(await commandFailure(["evaluate", "--run", work.file("run"), "--out", work.file("eval")] + tiny.data))
        #expect(added.message.contains("did not write (my_chart.png)"), "\(added.message)")
        #expect(work.entries(in: "eval").contains("my_chart.png"))
        try FileManager.default.removeItem(atPath: work.file("eval/my_chart.png"))
        try await runCommand(["evaluate", "--run", work.file("run"), "--out", work.file("eval")] + tiny.data)
        let entries = work.entries(in: "eval")
        #expect(!entries.contains("misclassified_inputs") && !entries.contains("unread_images.txt"))
        #expect(entries.contains("metrics.json"))

        try FileManager.default.createDirectory(atPath: work.file("notes"), withIntermediateDirectories: true)
        work.write(Array("mine".utf8), to: "notes/diary.txt")
        let failure = try #require(await commandFailure(["evaluate", "--run", work.file("run"), "--images", work.file("images"),
                                                         "--out", work.file("notes")]))
        #expect(failure.message.contains("holds files Digitbook did not write (diary.txt)"), "\(failure.message)")
        #expect(work.entries(in: "notes") == ["diary.txt"])
    }
}
