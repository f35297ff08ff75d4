import DatasetCatalog
import Foundation
import IDX
import Runs
import Training
import TestSupport
import Testing
@testable import Grading

/// A student who hands in a Digitbook run folder: Digitbook runs it on the key's images and grades what it predicts.
@Suite struct RunSubmissionTests {
    @Test func aRunFolderIsRunOnTheKeysImagesAndGraded() throws {
        let copy = try TinyCopy(train: 120, test: 30)
        let folder = TemporaryDirectory("run-submission")
        let dataset = try LocalDataset(copy.manifest, directory: copy.directory.path)
        let job = TrainingJob(configuration: TrainingConfiguration(model: "logreg", epochs: 1, validationCount: 20), threads: 1,
                              version: "test")
        try FileManager.default.createDirectory(atPath: folder.file("in"), withIntermediateDirectories: true)
        _ = try job.run(on: dataset, writingTo: RunDirectory(folder.file("in/s1")))
        let key = copy.directory.file("t10k-labels-idx1-ubyte.gz"), images = copy.directory.file("t10k-images-idx3-ubyte.gz")
        for (name, withImages) in [("with", true), ("without", false)] {
            let yaml = "title: Runs\nlabels: \(key)\n" + (withImages ? "images: \(images)\n" : "")
                + "rubric:\n  - {name: Accuracy, metric: accuracy, points: 10, zero: 0, full: 1}\n"
            try Data(yaml.utf8).write(to: URL(fileURLWithPath: folder.file("\(name).yaml")))
        }
        let graded = try GradingJob(assignment: folder.file("with.yaml"), submissions: folder.file("in"), out: folder.file("out")).run()
        let model = try InferenceModel(RunDirectory(folder.file("in/s1")))
        let expected = try model.probabilities(for: IDXReader.images(at: images)).map { row in row.indices.max { row[$0] < row[$1] } ?? 0 }
        #expect(graded.first?.status == .graded && graded.first?.predictions == expected)
        #expect(graded.first?.probabilities?.count == 30)
        let refused = try GradingJob(assignment: folder.file("without.yaml"), submissions: folder.file("in"),
                                     out: folder.file("out2")).run()
        #expect(refused.first?.status == .invalid)
        #expect(refused.first?.problems.first?.contains("names the key's images (field images)") == true)
    }
}
