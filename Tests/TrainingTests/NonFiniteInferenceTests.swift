import Foundation
import IDX
import NeuralNetwork
import Randomness
import Readings
import Tensors
import TestSupport
import Testing
import UserImages
@testable import Runs
@testable import Training

/// A run whose outputs are not numbers gives no answer (issue 21): `InferenceModel`, the one way every command, cell,
/// the server and the grader ask a run, throws `NonFiniteOutput` naming the run instead of returning NaN.
@Suite struct NonFiniteInferenceTests {
    /// A logistic regression run whose weights are finite but so large that every output overflows.
    static func overflowingRun(in folder: TemporaryDirectory) throws -> RunDirectory {
        let configuration = TrainingConfiguration(model: "flatten-dense10", epochs: 1, batchSize: 8, seed: 1)
        var generator = SeededGenerator(seed: 1)
        let model = try ModelSpec(parsing: "flatten-dense10").build(inputShape: [28, 28, 1], classCount: 10, generator: &generator)
        for layer in model.layers {
            for parameter in layer.parameters where parameter.name == "kernel" {
                let count = parameter.value.count
                parameter.value = Tensor(shape: parameter.value.shape) { values in
                    for index in 0..<count { values[index] = index % 2 == 0 ? 3e38 : -3e38 }
                }
            }
        }
        let record = RunRecord(
            digitbookVersion: "test", configuration: configuration, spec: "flatten-dense10", inputShape: [28, 28, 1],
            classNames: (0..<10).map(String.init), dataset: "tiny", dataDirectory: "/tmp", dataFiles: [], trainingExamples: 0,
            validationExamples: 0, threads: 1, blasCore: "x", wallSeconds: 0, finalValidation: nil)
        let run = RunDirectory(folder.file("run"))
        try run.write(model: model, record: record, history: [], summary: "")
        return run
    }

    @Test func aRunWhoseOutputsOverflowGivesNoProbabilities() throws {
        let folder = TemporaryDirectory("non-finite-run")
        let model = try InferenceModel(try Self.overflowingRun(in: folder))
        let digit = try #require(GreyImage(width: 28, height: 28, pixels: (0..<784).map { UInt8($0 % 256) }))
        let error = #expect(throws: NonFiniteOutput.self) { try model.probabilities(for: [digit, digit]) }
        #expect(error?.description == "\(folder.file("run")): the model's output for 2 of 2 images is not a number (NaN or infinite); "
            + "its weights are broken or so large that they overflow, so it cannot be used")
        let small = try #require(GreyImage(width: 20, height: 20, pixels: .init(repeating: 0, count: 400)))
        #expect(throws: NonFiniteOutput.InputMismatch.self) { try model.probabilities(for: [small]) }
    }
}
