import Foundation
import UserImages
import TestSupport
import Testing
@testable import DigitbookCommands

/// Hostile but fair command lines: each is a clear error naming the option, exit code 1, and nothing written.
@Suite struct TrainingOptionHardeningTests {
    @Test(arguments: [
        (["--model", "flatten-dense99999999999-dense10"], "99999999999 units"),
        (["--model", "conv9223372036854775807k3-flatten-dense10"], "9223372036854775807 filters"),
        (["--model", "conv4096k3-conv4096k3-flatten-dense10", "--validation", "0"], "100,000,000 parameters"),
        (["--model", "mlp", "--augment", "--shift", "nan"], "--shift"),
        (["--model", "mlp", "--augment", "--shift", "inf"], "--shift"),
        (["--model", "mlp", "--augment", "--shift", "1e300"], "--shift"),
        (["--model", "mlp", "--augment", "--rotation", "nan"], "--rotation"),
        (["--model", "mlp", "--optimizer", "sgd", "--momentum", "9"], "--momentum"),
        (["--model", "mlp", "--threads", "0"], "--threads"),
        (["--model", "mlp", "--threads", "-1"], "--threads"),
        (["--model", "mlp", "--threads", "1000"], "--threads"),
        (["--model", "mlp", "--lr", "-1"], "--lr must be a number"),
        (["--model", "mlp", "--epochs", "-2"], "--epochs must be a whole number"),
    ])
    func refusesBeforeTrainingAndWritesNothing(_ options: [String], _ named: String) async throws {
        let copy = try TinyCopy()
        let catalog = try copy.catalog()
        let runs = TemporaryDirectory("runs")
        let data = ["--catalog", catalog.path, "--dataset", "tiny", "--data", copy.directory.path, "--out", runs.file("r")]
        let failure = try #require(await commandFailure(["train"] + options + data))
        #expect(failure.message.contains(named), "\(failure.message)")
        #expect(failure.exitCode == 1)
        #expect(runs.entries().isEmpty)
    }

    @Test func summaryOfAHugeSpecIsAnErrorNotATrap() async throws {
        let failure = try #require(await commandFailure(["summary", "--model", "flatten-dense99999999999-dense10"]))
        #expect(failure.message.contains("16,777,216 allowed"))
        #expect(failure.exitCode == 1)
    }
}

/// Messages quote file names and contents; none may drive the terminal.
@Suite struct ConsoleHardeningTests {
    @Test func controlCharactersAreShownNotSent() {
        #expect(Console.printable("a\u{1B}[2Jb\u{7}c\u{9B}d\u{202E}e") == "a\\u{1B}[2Jb\\u{7}c\\u{9B}d\\u{202E}e")
        #expect(Console.printable("line 1\n\tline 2 — é ✓") == "line 1\n\tline 2 — é ✓")
    }

    @Test func anErrorNamingAHostileFileIsPrintable() async throws {
        let folder = TemporaryDirectory()
        let failure = try #require(await commandFailure(["preprocess", folder.file("a\u{1B}[2J.png"), "--out", folder.file("x.png")]))
        #expect(!Console.printable(failure.message).contains("\u{1B}"))
        #expect(Console.printable(failure.message).contains("a\\u{1B}[2J.png: no such file"))
    }
}

/// Problems with data are errors in words with exit code 1, never a usage line; a batch reports every failure.
@Suite struct DataMessageHardeningTests {
    @Test func anEmptyTestSetIsAnErrorNamingItsFile() async throws {
        let copy = try TinyCopy(train: 60, test: 0)
        let catalog = try copy.catalog()
        let failure = try #require(await commandFailure(["datasets", "verify", "--catalog", catalog.path, "--dataset", "tiny",
                                                         "--data", copy.directory.path]))
        #expect(failure.message.contains("t10k-labels-idx1-ubyte.gz: holds no examples"), "\(failure.message)")
        #expect(failure.exitCode == 1)
    }

    @Test func aMistypedMirrorSaysSoWithoutAUsageLine() async throws {
        let copy = try TinyCopy()
        let catalog = try copy.catalog()
        let target = TemporaryDirectory()
        let failure = try #require(await commandFailure(["datasets", "fetch", "tiny", "--catalog", catalog.path, "--mirror", "htp:/example",
                                                         "--into", target.file("data")]))
        #expect(failure.message.contains("unsupported URL scheme htp"))
        #expect(!failure.message.contains("Usage:"))
        #expect(failure.exitCode == 1)
        #expect(target.entries().isEmpty, "a failed fetch leaves no folder behind")
    }

    @Test func predictReadsEveryImageAndReportsAllThatFail() async throws {
        let tiny = try await TinyRun(epochs: 1)
        let text = tiny.work.write(Array("not an image".utf8), to: "notes.png")
        let white = try #require(GreyImage(width: 20, height: 20, pixels: Array(repeating: 255, count: 400)))
        let blank = tiny.work.write(try PNGCodec.encode(white), to: "blank.png")
        let missing = tiny.work.file("missing.png")
        let failure = try #require(await commandFailure(["predict", "--run", tiny.work.file("run"), text, blank, missing]))
        #expect(failure.message.hasPrefix("3 of 3 images could not be read:"), "\(failure.message)")
        for name in ["notes.png", "blank.png", "missing.png"] { #expect(failure.message.contains(name)) }
        #expect(failure.exitCode == 1)
    }
}

/// Files that are not files, outputs that would overwrite inputs, and reports that need nothing.
@Suite struct FileHardeningCommandTests {
    @Test(arguments: ["/dev/zero", "/dev/urandom"])
    func preprocessRefusesADevice(_ device: String) async throws {
        let folder = TemporaryDirectory()
        let failure = try #require(await commandFailure(["preprocess", device, "--out", folder.file("x.png")]))
        #expect(failure.message.contains("\(device): is not a regular file"))
        #expect(failure.exitCode == 1)
        #expect(folder.entries().isEmpty)
    }

    @Test func renderRefusesToOverwriteItsSource() async throws {
        let tiny = try TinyMNIST()
        let folder = TemporaryDirectory("self-overwrite")
        let source = folder.write(Array("---\ntitle: Same\n---\nWords.\n".utf8), to: "same.html")
        let failure = try #require(await commandFailure(["render", source, "--out", folder.path] + tiny.arguments))
        #expect(failure.message.contains("is the report source itself"), "\(failure.message)")
        #expect(try String(contentsOfFile: source, encoding: .utf8) == "---\ntitle: Same\n---\nWords.\n")
    }

    @Test func renderChecksItsOutputFolderInWordsBeforeComputing() async throws {
        let tiny = try TinyMNIST()
        let folder = TemporaryDirectory("bad-out")
        let source = folder.write(Array("---\ntitle: T\n---\nWords.\n".utf8), to: "r.md")
        let file = folder.write(Array("a file".utf8), to: "taken")
        let failure = try #require(await commandFailure(["render", source, "--out", file] + tiny.arguments))
        #expect(failure.message.contains("\(file): is a file, not a folder for the output folder (--out)"), "\(failure.message)")
        let cache = try #require(await commandFailure(["render", source, "--cache", file + "/cache"] + tiny.arguments))
        #expect(cache.message.contains("the cache folder (--cache) cannot be created"), "\(cache.message)")
    }

    @Test func aProseOnlyReportNeitherDownloadsNorCreatesData() async throws {
        let tiny = try TinyMNIST()
        let folder = TemporaryDirectory("prose-only")
        let source = folder.write(Array("---\ntitle: Notes\n---\nJust words.\n".utf8), to: "notes.md")
        try await runCommand(["render", source, "--catalog", tiny.catalog.path])
        #expect(!FileManager.default.fileExists(atPath: tiny.catalog.file("data")))
        #expect(folder.entries().contains("_site"))
    }

    @Test func aHugeModelInATrainCellFailsInPlace() async throws {
        let tiny = try TinyMNIST()
        let folder = TemporaryDirectory("huge-cell")
        let source = folder.write(Array("""
            ---
            title: Huge
            ---
            ```digitbook train
            id: huge
            model: flatten-dense99999999999-dense10
            ```
            """.utf8), to: "huge.md")
        let failure = try #require(await commandFailure(["render", source, "--no-cache"] + tiny.arguments))
        #expect(failure.exitCode == 1)
        let page = try String(contentsOfFile: folder.file("_site/huge.html"), encoding: .utf8)
        #expect(page.contains("train cell option model") && page.contains("99999999999 units is more than"))
    }
}

/// A tampered run and mismatched files are data errors: exit 1, the file named, no usage line.
@Suite struct TamperedRunCommandTests {
    @Test func predictRefusesAModelWithANonFiniteWeight() async throws {
        let tiny = try await TinyRun(epochs: 1)
        let model = tiny.work.file("run/model.safetensors")
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: model)))
        let nan = Float.nan.bitPattern
        for index in 0..<4 { bytes[bytes.count - 4 + index] = UInt8(truncatingIfNeeded: nan >> (8 * index)) }
        try Data(bytes).write(to: URL(fileURLWithPath: model))
        let arguments = ["predict", "--run", tiny.work.file("run"), "--out", tiny.work.file("p.csv")] + tiny.data
        let failure = try #require(await commandFailure(arguments))
        let expected = "model.safetensors: not a valid safetensors file: tensor \"dense.bias\" holds nan"
        #expect(failure.message.contains(expected), "\(failure.message)")
        #expect(failure.exitCode == 1)
        #expect(!tiny.work.entries().contains("p.csv"))
    }

    @Test func testImagesThatDoNotMatchTheLabelsAreADataError() async throws {
        let tiny = try await TinyRun(epochs: 1)
        try await runCommand(["predict", "--run", tiny.work.file("run"), "--out", tiny.work.file("p.csv")] + tiny.data)
        let failure = try #require(await commandFailure([
            "evaluate", "--predictions", tiny.work.file("p.csv"), "--labels", tiny.copy.directory.file("t10k-labels-idx1-ubyte.gz"),
            "--test-images", tiny.copy.directory.file("train-images-idx3-ubyte.gz"), "--out", tiny.work.file("eval"),
        ] + tiny.data))
        #expect(failure.exitCode == 1)
        #expect(failure.message.contains("train-images-idx3-ubyte.gz: has 120 images"), "\(failure.message)")
        #expect(!failure.message.contains("Usage"))
    }
}
