import DatasetCatalog
import Foundation
import Runs
import TestSupport
import Testing
@testable import ModelImport

/// The models shipped with Reports/bring-your-own.md, trained on real MNIST by Keras and PyTorch, imported with
/// `--pixels auto`: the scale each was trained on is found, and the test accuracy is the framework's own
/// (Reports/bring-your-own/accuracies.json). Skipped without ../shared/datasets/mnist.
@Suite(.enabled(if: SharedData.mnistDirectory != nil, "needs ../shared/datasets/mnist"))
struct RealModelImportTests {
    static let inputs = SharedData.repositoryRoot + "/Reports/bring-your-own/"

    static func frameworkAccuracy(_ file: String) throws -> Double {
        let data = try Data(contentsOf: URL(fileURLWithPath: inputs + "accuracies.json"))
        return try #require(try JSONDecoder().decode([String: Double].self, from: data)[file])
    }

    func importing(_ file: String, spec: String?) throws -> RunRecord {
        let directory = try #require(SharedData.mnistDirectory)
        let catalog = try Catalog()
        let dataset = try LocalDataset(try catalog.manifest(named: "mnist"), directory: directory)
        let out = TemporaryDirectory("real-import")
        let job = ImportJob(modelFile: Self.inputs + file, spec: spec, layout: .pytorch, pixels: .auto, threads: 2, version: "test")
        let outcome = try job.run(on: dataset, writingTo: RunDirectory(out.file("run")))
        let reloaded = try RunDirectory(out.file("run")).load()
        #expect(reloaded.record == outcome.record)
        return outcome.record
    }

    @Test func aKerasModelTrainedOnRawPixelsIsFoundToBeSoAndScoresAsInKeras() throws {
        let record = try importing("keras-cnn.h5", spec: nil)
        #expect(record.imported?.pixels == "0-255")
        #expect(record.imported?.pixelsChosenBy == "auto")
        #expect((record.imported?.accuracies?["0-1"] ?? 1) < 0.5)
        #expect(abs((record.finalTest?.accuracy ?? 0) - (try Self.frameworkAccuracy("keras-cnn.h5"))) < 1e-9)
    }

    @Test func aPixelRangeGivenThatReadsFarWorseGetsAHint() throws {
        let directory = try #require(SharedData.mnistDirectory)
        let dataset = try LocalDataset(try Catalog().manifest(named: "mnist"), directory: directory)
        let out = TemporaryDirectory("real-import")
        let job = ImportJob(modelFile: Self.inputs + "keras-cnn.h5", spec: nil, layout: .pytorch, pixels: .given(.unit), threads: 2,
                            version: "test")
        let outcome = try job.run(on: dataset, writingTo: RunDirectory(out.file("run")))
        #expect(outcome.warnings.count == 1)
        #expect(outcome.warnings.first?.contains("it was probably trained on 0-255: import it with --pixels 0-255") == true,
                "\(outcome.warnings)")
    }

    @Test func aPyTorchModelTrainedOnUnitPixelsScoresAsInPyTorch() throws {
        let spec = "conv8k3-relu-bn-maxpool-conv16k3-relu-maxpool-flatten-dense32-relu-dense10"
        let record = try importing("torch-cnn.safetensors", spec: spec)
        #expect(record.imported?.pixels == "0-1")
        #expect(record.imported?.layout == "pytorch")
        #expect(abs((record.finalTest?.accuracy ?? 0) - (try Self.frameworkAccuracy("torch-cnn.safetensors"))) < 1e-9)
    }
}
