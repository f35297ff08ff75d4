import DatasetCatalog
import Foundation
import NeuralNetwork
import Runs
import Tensors
import TestSupport
import Testing
@testable import ModelImport

/// A model whose weights or outputs are not numbers is never imported (issue 21): NaN or infinite weights in a Keras
/// file, a negative batch-norm variance in a state_dict, weights so large that the outputs overflow; the run folder
/// that was there stays as it was.
@Suite struct NonFiniteImportTests {
    static let fixtures = ImportedPredictionsTests.fixtures

    /// The torch_cnn fixture's tensors, changed by `change`, written into `folder`.
    static func stateDict(in folder: TemporaryDirectory, _ change: (inout [String: Tensor]) -> Void) throws -> String {
        let fixture = fixtures.appendingPathComponent("torch_cnn.safetensors").path
        var tensors = try SafeTensors.readConverting([UInt8](Data(contentsOf: URL(fileURLWithPath: fixture))), file: fixture).tensors
        change(&tensors)
        return folder.write(SafeTensors.bytes(of: tensors.keys.sorted().compactMap { name in tensors[name].map { (name, $0) } },
                                              metadata: [:]), to: "weights.safetensors")
    }

    static let spec = "conv3k3same-relu-bn-maxpool-conv4k3-relu-maxpool-flatten-dense12-relu-dropout50-dense10"

    @Test(arguments: [Float.nan, Float.infinity])
    func aKerasFileWithWeightsThatAreNotNumbersIsRefused(value: Float) throws {
        var model = try KerasModelFile.read(Self.fixtures.appendingPathComponent("keras_mlp.h5").path)
        var layer = model.layers[0]
        let key = try #require(layer.weights.keys.sorted().first { $0 == "kernel" })
        var kernel = try #require(layer.weights[key])
        var scalars = kernel.value.scalars
        scalars[3] = value
        kernel.value = try #require(Tensor(shape: kernel.value.shape, scalars: scalars))
        layer.weights[key] = kernel
        model.layers[0] = layer
        let error = #expect(throws: ModelImportError.self) { try model.network(pixels: .unit) }
        #expect(error?.description.contains("holds 1 of") == true && error?.description.contains("not numbers (NaN or infinite)") == true,
                "\(String(describing: error))")
    }

    @Test func aNegativeBatchNormVarianceIsRefused() throws {
        let folder = TemporaryDirectory("non-finite")
        let path = try Self.stateDict(in: folder) { tensors in
            tensors["2.running_var"] = Tensor(shape: [3], repeating: -1)
        }
        let model = try StateDictFile.read(path, spec: Self.spec, inputShape: [28, 28, 1], layout: .pytorch)
        let error = #expect(throws: ModelImportError.self) { try model.network(pixels: .unit) }
        #expect(error?.description.contains("tensor 2.running_var: holds 3 variances that are negative") == true,
                "\(String(describing: error))")
    }

    @Test func weightsThatOverflowAreRefusedAndTheRunFolderIsKept() throws {
        let folder = TemporaryDirectory("non-finite")
        let path = try Self.stateDict(in: folder) { tensors in
            if let weight = tensors["8.weight"] { tensors["8.weight"] = Tensor(shape: weight.shape, repeating: 3e38) }
        }
        let copy = try TinyCopy()
        let dataset = try LocalDataset(copy.manifest, directory: copy.directory.path)
        let run = RunDirectory(folder.file("run"))
        let goodFolder = TemporaryDirectory("good")
        let good = try Self.stateDict(in: goodFolder) { _ in }
        let importing = { (file: String) in
            ImportJob(modelFile: file, spec: Self.spec, layout: .pytorch, pixels: .given(.unit), threads: 1, version: "test")
        }
        let first = try importing(good).run(on: dataset, writingTo: run)
        #expect(first.warnings.contains { $0.contains("4 has no bias in the file; it takes its default") }, "\(first.warnings)")
        let before = try Data(contentsOf: URL(fileURLWithPath: run.modelFile))
        let error = #expect(throws: NonFiniteOutput.self) { try importing(path).run(on: dataset, writingTo: run) }
        #expect(error?.description.contains("is not a number (NaN or infinite)") == true, "\(String(describing: error))")
        #expect(try Data(contentsOf: URL(fileURLWithPath: run.modelFile)) == before, "the earlier import is kept whole")
    }
}
