import FileIO
import Foundation
import NeuralNetwork
import Tensors
import TestSupport
import Testing
@testable import Runs
@testable import Training

/// A run that stops being a number stops with a message, and never replaces a good run folder.
@Suite struct DivergenceTests {
    @Test func aNonFiniteLossStopsTraining() throws {
        let training = try tinySplit(40), validation = try tinySplit(10)
        let trainer = Trainer(configuration: TrainingConfiguration(model: "flatten-dense10", epochs: 2, batchSize: 8))
        let model = try trainer.makeModel(for: training)
        let kernel = try #require(model.parameters.first)
        kernel.value = try #require(Tensor(shape: kernel.value.shape, scalars: Array(repeating: .nan, count: kernel.value.count)))
        let error = #expect(throws: TrainingDiverged.self) { try trainer.train(model, on: training, validation: validation) }
        #expect(error?.epoch == 1 && error?.batch == 1)
        #expect(error?.description.contains("the loss became nan") == true)
    }

    @Test func aFailedReplacementKeepsTheOldFolder() throws {
        let folder = TemporaryDirectory()
        let run = folder.file("run")
        try FileManager.default.createDirectory(atPath: run, withIntermediateDirectories: true)
        try AtomicFile.write("good", to: run + "/run.json")
        #expect(throws: FileError.self) {
            try FolderReplacement(run).replace { staging throws(FileError) in
                try AtomicFile.write("half", to: staging + "/run.json")
                throw FileError(path: staging, kind: .unwritable, detail: "disk full")
            }
        }
        #expect(try String(contentsOfFile: run + "/run.json", encoding: .utf8) == "good")
        #expect(folder.entries() == ["run"])
        try FolderReplacement(run).replace { staging throws(FileError) in try AtomicFile.write("new", to: staging + "/run.json") }
        #expect(try String(contentsOfFile: run + "/run.json", encoding: .utf8) == "new")
        #expect(folder.entries() == ["run"])
    }

    @Test func recordsHoldNonFiniteNumbersInsteadOfBecomingEmpty() throws {
        let record = EpochRecord(epoch: 1, loss: .nan, accuracy: 0.1, valLoss: .infinity, valAccuracy: nil, learningRate: 0.1, seconds: 1)
        let text = try RunDirectory.json([record], file: "history.json")
        #expect(text.contains("\"loss\" : \"NaN\"") && text.contains("\"val_loss\" : \"Infinity\""))
        let folder = TemporaryDirectory()
        try AtomicFile.write(text, to: folder.file("history.json"))
        let back = try RunDirectory.decode([EpochRecord].self, from: folder.file("history.json"))
        #expect(back.first?.loss.isNaN == true && back.first?.valLoss == .infinity)
    }
}
