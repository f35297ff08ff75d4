import DatasetCatalog
import Foundation
import IDX
import NeuralNetwork
import TestSupport
import Testing
@testable import Runs
@testable import Training

/// Forward passes through one loaded run run at the same time, each on a copy of the network of its own, and give
/// the bits a lone pass gives.
@Suite struct ConcurrentInferenceTests {
    @Test func passesFromManyThreadsAgreeWithALonePass() throws {
        let copy = try TinyCopy(train: 120, test: 30)
        let dataset = try LocalDataset(copy.manifest, directory: copy.directory.path)
        let folder = TemporaryDirectory("concurrent-inference")
        let configuration = TrainingConfiguration(model: "conv4k3-relu-maxpool-flatten-dense10", epochs: 1, validationCount: 20)
        _ = try TrainingJob(configuration: configuration, threads: 1, version: "test").run(on: dataset,
                                                                                          writingTo: RunDirectory(folder.file("run")))
        let model = try InferenceModel(RunDirectory(folder.file("run")), threads: 2)
        let images = try DatasetSplits(dataset, validationCount: 20).test.images
        let alone = try model.probabilities(for: images)

        let answers = EightAnswers()
        DispatchQueue.concurrentPerform(iterations: 8) { index in
            answers.set(index, (try? model.probabilities(for: images)) ?? [])
        }
        #expect(answers.all.allSatisfy { $0 == alone }, "every concurrent pass gives the lone pass's bits")

        model.replicas.withReplica { first in
            model.replicas.withReplica { second in
                #expect(first !== second, "a second pass while one is running gets a copy of its own instead of waiting")
                #expect(zip(first.parameters, second.parameters).allSatisfy { $0.value.scalars == $1.value.scalars })
            }
        }
    }
}

/// Eight answers written from eight threads.
private final class EightAnswers: @unchecked Sendable {
    private let lock = NSLock()
    private var answers = [[[Float]]](repeating: [], count: 8)

    func set(_ index: Int, _ answer: [[Float]]) { lock.withLock { answers[index] = answer } }
    var all: [[[Float]]] { lock.withLock { answers } }
}
