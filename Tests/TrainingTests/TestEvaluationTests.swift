import DatasetCatalog
import Foundation
import TestSupport
import Testing
@testable import Training

/// The test-set figures run.json keeps come from the probabilities computed once, and agree with the trainer's own.
@Suite struct TestEvaluationTests {
    @Test func probabilitiesGiveCrossEntropyAndAccuracy() {
        let evaluation = Evaluation(probabilities: [[0.8, 0.2], [0.4, 0.6], [0.9, 0.1]], labels: [0, 0, 0])
        #expect(abs(evaluation.accuracy - 2.0 / 3) < 1e-12 && evaluation.count == 3)
        let expected = -(log(Double(Float(0.8))) + log(Double(Float(0.4))) + log(Double(Float(0.9)))) / 3
        #expect(abs(evaluation.loss - expected) < 1e-12)
        #expect(Evaluation(probabilities: [[1, 0]], labels: [1]).loss.isFinite, "a zero probability is clipped, not infinite")
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
