import ArgumentParser
import DatasetCatalog
import Foundation
import IDX
import TestSupport
import Testing
import UserImages
@testable import DigitbookCommands

/// Runs the command line `arguments` in this process, as the executable would.
func runCommand(_ arguments: [String]) async throws {
    var command = try Digitbook.parseAsRoot(arguments)
    if var asynchronous = command as? any AsyncParsableCommand {
        try await asynchronous.run()
    } else {
        try command.run()
    }
}

@Suite struct DatasetsCommandTests {
    @Test func verifiesATinyCopy() async throws {
        let copy = try TinyCopy()
        let catalog = try copy.catalog()
        try await runCommand(["datasets", "verify", "--catalog", catalog.path, "--dataset", "tiny", "--data", copy.directory.path, "--validation", "10"])
    }

    @Test func reportsFilesDigestsAndClassCounts() throws {
        let copy = try TinyCopy()
        let dataset = try LocalDataset(copy.manifest, directory: copy.directory.path)
        let text = VerifyReport(dataset: dataset, splits: try DatasetSplits(dataset, validationCount: 10)).text
        #expect(text.contains("4 of 4 files match the manifest"))
        let rows = text.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        let testImages = copy.manifest.file(.testImages)
        #expect(rows.contains(["t10k-images-idx3-ubyte.gz", "matches", "20", "\(testImages.bytes)", testImages.sha256]))
        #expect(rows.contains(["-", "validation", "10", "28x28"] + Array(repeating: "1", count: 10)))
        #expect(rows.contains(["test", "20", "28x28"] + Array(repeating: "2", count: 10)))
    }

    @Test func failsOnAFolderThatDoesNotExist() async throws {
        let copy = try TinyCopy()
        let catalog = try copy.catalog()
        let error = await #expect(throws: DatasetError.self) {
            try await runCommand(["datasets", "verify", "--catalog", catalog.path, "--dataset", "tiny", "--data", "/no/such/dir"])
        }
        #expect(error?.description == "/no/such/dir: data folder does not exist")
        #expect(Digitbook.exitCode(for: error ?? DatasetError("", .badSplit, "")) != .success)
    }

    @Test func failsOnLabelsThatDoNotMatchTheImages() async throws {
        let copy = try TinyCopy(train: 60, test: 10_000)
        try IDXWriter.write(labels: [UInt8](repeating: 4, count: 9_999), to: copy.directory.file("t10k-labels-idx1-ubyte.gz"))
        let catalog = try copy.catalog()
        let error = await #expect(throws: DatasetError.self) {
            try await runCommand(["datasets", "verify", "--catalog", catalog.path, "--dataset", "tiny", "--data", copy.directory.path])
        }
        #expect(error?.description.contains("9,999 labels, but") == true)
        #expect(error?.description.contains("has 10,000 images") == true)
    }

    @Test func fetchesFromAMirrorIntoAFolder() async throws {
        let copy = try TinyCopy()
        let catalog = try copy.catalog()
        let target = TemporaryDirectory("fetch-cli")
        try await runCommand(["datasets", "fetch", "tiny", "--catalog", catalog.path, "--mirror", "file://" + copy.directory.path, "--into", target.path])
        #expect(target.entries() == copy.directory.entries())
    }

    @Test func listsTheCatalog() async throws {
        try await runCommand(["datasets", "list", "--catalog", SharedData.catalogDirectory])
        let error = await #expect(throws: DatasetError.self) { try await runCommand(["datasets", "list", "--catalog", "/no/catalog"]) }
        #expect(error?.kind == .noCatalog)
    }
}

@Suite struct PreprocessCommandTests {
    @Test func writesThe28x28Digit() async throws {
        let directory = TemporaryDirectory()
        var pixels = [UInt8](repeating: 250, count: 90 * 60)
        for y in 10..<80 { for x in 20..<30 { pixels[y * 60 + x] = 5 } }
        let input = directory.write(try PNGCodec.encode(GreyImage(width: 60, height: 90, pixels: pixels)!), to: "one.png")
        try await runCommand(["preprocess", input, "--out", directory.file("out.png")])
        let output = try ImageDecoder.read(directory.file("out.png"))
        #expect(output.width == 28 && output.height == 28)
        #expect(output.pixels.max() == 255 && output[0, 0] == 0, "white ink on black, like MNIST")
        try await runCommand(["preprocess", input, "--out", directory.file("big.png"), "--enlarge", "10"])
        #expect(try ImageDecoder.read(directory.file("big.png")).width == 280)
    }

    @Test func failsOnATextFileAndAnEmptyPicture() async throws {
        let directory = TemporaryDirectory()
        let text = directory.write(Array("hello".utf8), to: "digit.png")
        let notImage = await #expect(throws: ImageError.self) { try await runCommand(["preprocess", text, "--out", directory.file("o.png")]) }
        #expect(notImage?.kind == .notAnImage)
        let white = directory.write(try PNGCodec.encode(GreyImage(width: 8, height: 8, pixels: [UInt8](repeating: 255, count: 64))!), to: "white.png")
        let empty = await #expect(throws: ImageError.self) { try await runCommand(["preprocess", white, "--out", directory.file("o.png")]) }
        #expect(empty?.kind == .empty)
        #expect(!FileManager.default.fileExists(atPath: directory.file("o.png")), "nothing written on failure")
    }
}
