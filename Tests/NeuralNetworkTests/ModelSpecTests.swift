import Foundation
import Randomness
import Testing
@testable import NeuralNetwork

@Suite struct ModelSpecTests {
    /// Keras 3.15's `model.summary()` for each registered model, made once by Fixtures/make_keras_summaries.py.
    static let kerasSummaries: [String: String] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/keras_summaries.json")
        guard let data = try? Data(contentsOf: url) else { return [:] }
        return (try? JSONDecoder().decode([String: String].self, from: data)) ?? [:]
    }()

    @Test(arguments: ["logreg", "mlp", "seed-cnn", "lenet5", "alexnet-mini", "conv8k3-bn-relu-maxpool-dropout0.1-flatten-dense10"])
    func summaryEqualsKerasCharacterForCharacter(model name: String) throws {
        var generator = SeededGenerator(seed: 0)
        let model = try ModelRegistry.spec(for: name).build(inputShape: [28, 28, 1], classCount: 10, generator: &generator)
        let expected = try #require(Self.kerasSummaries[name])
        #expect(ModelSummary.text(of: model) == expected)
    }

    @Test func seedCNNHasTheSeedsParameterCount() throws {
        var generator = SeededGenerator(seed: 0)
        let model = try ModelRegistry.spec(for: "seed-cnn").build(inputShape: [28, 28, 1], classCount: 10, generator: &generator)
        #expect(model.layers.reduce(0) { $0 + $1.parameterCount } == 203_434)
        #expect(ModelSummary.text(of: model).contains("Total params: 203,434 (794.66 KB)"))
    }

    @Test func fusesReluIntoTheLayerBeforeAndRoundTrips() throws {
        let spec = try ModelSpec(parsing: "conv64k3-relu-conv32k3same-bn-relu-maxpool3-dropout25-flatten-dense10")
        #expect(spec.layers == [
            .conv(filters: 64, kernel: 3, same: false, activation: .relu),
            .conv(filters: 32, kernel: 3, same: true, activation: .linear),
            .batchNorm, .relu, .maxPool(size: 3), .dropout(rate: 0.25), .flatten, .dense(units: 10, activation: .linear),
        ])
        #expect(try ModelSpec(parsing: spec.description) == spec)
    }

    @Test func rejectsUnknownTokensWithTheirPosition() {
        let error = #expect(throws: ModelError.self) { try ModelSpec(parsing: "conv64k3-relu-pool-dense10") }
        #expect(error?.detail.hasPrefix("unknown layer \"pool\" at position 3") == true)
        #expect(throws: ModelError.self) { try ModelSpec(parsing: "dropout100-dense10") }
        #expect(throws: ModelError.self) { try ModelSpec(parsing: "conv0k3-dense10") }
        #expect(throws: ModelError.self) { try ModelSpec(parsing: "") }
    }

    @Test func rejectsModelsThatDoNotFitTheData() {
        var generator = SeededGenerator(seed: 0)
        let head = #expect(throws: ModelError.self) {
            try ModelSpec(parsing: "flatten-dense12").build(inputShape: [28, 28, 1], classCount: 10, generator: &generator)
        }
        #expect(head?.detail.contains("must end in dense10") == true)
        #expect(throws: ModelError.self) {
            try ModelSpec(parsing: "dense10").build(inputShape: [28, 28, 1], classCount: 10, generator: &generator)
        }
        let kernel = #expect(throws: ModelError.self) {
            try ModelSpec(parsing: "conv8k30-flatten-dense10").build(inputShape: [28, 28, 1], classCount: 10, generator: &generator)
        }
        #expect(kernel?.detail.contains("does not fit") == true)
    }

    @Test func unknownNamesListTheRegisteredModels() {
        let error = #expect(throws: ModelError.self) { try ModelRegistry.spec(for: "resnet") }
        #expect(error?.detail.contains("logreg, mlp, seed-cnn, lenet5, alexnet-mini") == true)
    }

    @Test func sameSeedSameWeights() throws {
        var a = SeededGenerator(seed: 5), b = SeededGenerator(seed: 5), c = SeededGenerator(seed: 6)
        let spec = try ModelRegistry.spec(for: "lenet5")
        let first = try spec.build(inputShape: [28, 28, 1], classCount: 10, generator: &a).parameters.map(\.value)
        #expect(first == (try spec.build(inputShape: [28, 28, 1], classCount: 10, generator: &b).parameters.map(\.value)))
        #expect(first != (try spec.build(inputShape: [28, 28, 1], classCount: 10, generator: &c).parameters.map(\.value)))
        let kernel = first[0].scalars, limit = (6.0 / Float(25 + 150)).squareRoot()
        #expect(kernel.allSatisfy { abs($0) <= limit } && kernel.contains { abs($0) > limit * 0.9 }, "Glorot uniform bounds")
    }
}
