import DatasetCatalog
import Foundation
import NeuralNetwork
import Tensors
import TestSupport
import Testing
@testable import Runs
@testable import Training

/// The test-set figures run.json keeps come from the probabilities computed once, and agree with the trainer's own.
@Suite struct TestEvaluationTests {
    @Test func probabilitiesGiveCrossEntropyAndAccuracy() {
        let evaluation = LossAndAccuracy(probabilities: [[0.8, 0.2], [0.4, 0.6], [0.9, 0.1]], labels: [0, 0, 0])
        #expect(abs(evaluation.accuracy - 2.0 / 3) < 1e-12 && evaluation.count == 3)
        let expected = -(log(Double(Float(0.8))) + log(Double(Float(0.4))) + log(Double(Float(0.9)))) / 3
        #expect(abs(evaluation.loss - expected) < 1e-12)
        #expect(LossAndAccuracy(probabilities: [[1, 0]], labels: [1]).loss.isFinite, "a zero probability is clipped, not infinite")
    }

    /// One loss: run.json's test loss, computed from stored probabilities, is the trainer's loss on the same logits,
    /// a confident mistake (true class far below 1e-7) included.
    @Test func theLossFromProbabilitiesIsTheTrainingLoss() throws {
        let logits = try #require(Tensor(shape: [3, 3], scalars: [30, 0, -2, 1, 2, 3, 0.5, 0.5, 0.5]))
        let labels = [1, 2, 0]
        let training = SoftmaxCrossEntropy.evaluate(logits: logits, labels: labels, gradient: false)
        let rows = SoftmaxCrossEntropy.softmax(logits).scalars
        let probabilities = (0..<3).map { Array(rows[($0 * 3)..<($0 * 3 + 3)]) }
        #expect(Double(probabilities[0][1]) < 1e-7, "the first example is a confident mistake")
        let recorded = LossAndAccuracy(probabilities: probabilities, labels: labels)
        #expect(abs(recorded.loss - training.loss) < 1e-9, "\(recorded.loss) against the trainer's \(training.loss)")
        #expect(abs(recorded.loss - (16.118_095_65 + SoftmaxCrossEntropy.lossOfTruth(Double(probabilities[1][2]))
            + SoftmaxCrossEntropy.lossOfTruth(Double(probabilities[2][0]))) / 3) < 1e-6, "the mistake costs -log(1e-7)")
    }

    @Test func theRecordedTestFiguresMatchTheTrainersEvaluation() throws {
        let copy = try TinyCopy(train: 120, test: 30)
        let dataset = try LocalDataset(copy.manifest, directory: copy.directory.path)
        let folder = TemporaryDirectory("test-evaluation")
        let job = TrainingJob(configuration: TrainingConfiguration(model: "logreg", epochs: 1, validationCount: 20), threads: 1,
                              version: "test")
        let outcome = try job.run(on: dataset, writingTo: RunDirectory(folder.file("run")))
        let recorded = try #require(outcome.record.finalTest)
        let direct = Trainer.evaluate(outcome.model, on: outcome.splits.test)
        #expect(recorded.accuracy == direct.accuracy && recorded.count == 30 && outcome.testProbabilities.count == 30)
        #expect(abs(recorded.loss - direct.loss) < 1e-4)
    }
}
