import Foundation
import IDX
import Runs
import Testing
@testable import ModelImport

/// Models made by Keras and PyTorch themselves (Fixtures/make_model_fixtures.py) give, once imported, the
/// framework's own softmax outputs on the same images: within 1e-5 and with the same argmax.
@Suite struct ImportedPredictionsTests {
    struct Expected: Decodable {
        let file: String
        let pixels: String
        let probabilities: [[Double]]
        let spec: String?
    }

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func expected() throws -> [Expected] {
        try JSONDecoder().decode([Expected].self, from: Data(contentsOf: fixtures.appendingPathComponent("expected.json")))
    }

    static func images() throws -> ImageSet {
        let pixels = try [UInt8](Data(contentsOf: fixtures.appendingPathComponent("images.u8")))
        return try ImageSet(count: pixels.count / 784, rows: 28, columns: 28, pixels: pixels)
    }

    static func model(_ entry: Expected) throws -> ImportedModel {
        let path = fixtures.appendingPathComponent(entry.file).path
        if let spec = entry.spec { return try StateDictFile.read(path, spec: spec, inputShape: [28, 28, 1], layout: .pytorch) }
        return try KerasModelFile.read(path)
    }

    @Test(arguments: ["keras_cnn.keras", "keras_mlp.h5", "torch_cnn.safetensors", "torch_mlp.safetensors"])
    func importedModelPredictsAsItsFrameworkDid(file: String) throws {
        let entry = try #require(try Self.expected().first { $0.file == file })
        let pixels = try #require(PixelRange(rawValue: entry.pixels))
        let network = try Self.model(entry).network(pixels: pixels)
        let outputs = Inference.probabilities(network, for: try Self.images())
        #expect(outputs.count == entry.probabilities.count)
        var largest = 0.0
        for (ours, theirs) in zip(outputs, entry.probabilities) {
            for (a, b) in zip(ours, theirs) { largest = max(largest, abs(Double(a) - b)) }
            #expect(ours.indices.max { ours[$0] < ours[$1] } == theirs.indices.max { theirs[$0] < theirs[$1] })
        }
        #expect(largest <= 1e-5, "largest difference \(largest)")
    }

    @Test func theWrongPixelRangeGivesOtherOutputs() throws {
        let entry = try #require(try Self.expected().first { $0.file == "keras_cnn.keras" })
        let outputs = Inference.probabilities(try Self.model(entry).network(pixels: .unit), for: try Self.images())
        let largest = zip(outputs, entry.probabilities).flatMap { zip($0, $1).map { abs(Double($0) - $1) } }.max() ?? 0
        #expect(largest > 0.01)
    }

    @Test func keepsTheArchitectureItRead() throws {
        let models = try Self.expected().map(Self.model)
        #expect(models.map(\.spec.description) == [
            "conv3k3same-relu-bn-maxpool-conv4k3-relu-maxpool-dropout0.25-flatten-dense8-relu-dense10",
            "flatten-dense16-relu-bn-dropout0.5-dense10",
            "conv3k3same-relu-bn-maxpool-conv4k3-relu-maxpool-flatten-dense12-relu-dropout0.5-dense10",
            "conv2k5-relu-maxpool-flatten-dense16-relu-bn-dense10",
        ])
        #expect(models.map(\.format) == [.keras, .kerasH5, .safetensors, .safetensors])
        #expect(abs(models[0].inputScale - 1 / 255) < 1e-9)
        #expect(models[1].layers.map(\.source) == ["dense_2", "batch_normalization_1", "dense_3"])
        #expect(models[2].layers.map(\.source) == ["0", "2", "4", "8", "11"])
        #expect(models[3].layers.map(\.source) == ["conv1", "fc1", "fc1_bn", "fc2"])
    }
}
