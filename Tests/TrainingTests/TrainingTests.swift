import Foundation
import IDX
import NeuralNetwork
import Randomness
import Tensors
import TestSupport
import Testing
@testable import Runs
@testable import Training

/// Tiny bar images (the bar's column encodes the label): learnable in a few steps.
func tinySplit(_ count: Int, side: Int = 12) throws -> LabelledImages {
    let (images, labels) = TinyDataset.make(count: count, side: side)
    return try LabelledImages(images: images, labels: labels, classCount: 10)
}

@Suite struct TrainingTests {
    @Test func sameSeedSameWeightsBitForBit() throws {
        let training = try tinySplit(96), validation = try tinySplit(20)
        let configuration = TrainingConfiguration(
            model: "conv8k3-relu-bn-conv8k3-relu-maxpool-dropout20-flatten-dense10", epochs: 2, batchSize: 16, seed: 11,
            augmentation: Augmenter())
        func weights(seed: UInt64, threads: Int = 2) throws -> [Tensor] {
            var configuration = configuration
            configuration.seed = seed
            let trainer = Trainer(configuration: configuration, threads: threads)
            let model = try trainer.makeModel(for: training)
            _ = try trainer.train(model, on: training, validation: validation)
            return model.parameters.map(\.value)
        }
        let first = try weights(seed: 11)
        #expect(try weights(seed: 11) == first, "same seed, same thread count: the same bits")
        #expect(try weights(seed: 12) != first)
        #expect(try weights(seed: 11, threads: 1) == (try weights(seed: 11, threads: 1)))
    }

    @Test func learnsASimpleTask() throws {
        let training = try tinySplit(200), validation = try tinySplit(50)
        let trainer = Trainer(configuration: TrainingConfiguration(model: "mlp", epochs: 8, batchSize: 20, seed: 1, learningRate: 0.01))
        let model = try trainer.makeModel(for: training)
        let before = Trainer.evaluate(model, on: validation)
        var events = 0
        let history = try trainer.train(model, on: training, validation: validation) { _ in events += 1 }
        #expect(history.count == 8)
        #expect(events == 8 * 10 + 8, "one event per batch and one per epoch")
        #expect(history.last?.valAccuracy == 1.0)
        #expect((history.last?.loss ?? 1) < before.loss / 10)
    }

    @Test(arguments: ["sgd", "adam"])
    func everyOptimizerAndScheduleTrains(optimizer: String) throws {
        let training = try tinySplit(100), validation = try tinySplit(20)
        for schedule in ["constant", "step:1:0.5", "cosine:1", "one-cycle"] {
            let configuration = TrainingConfiguration(
                model: "logreg", epochs: 3, batchSize: 10, seed: 2,
                optimizer: TrainingConfiguration.OptimizerChoice(rawValue: optimizer) ?? .adam,
                learningRate: optimizer == "sgd" ? 0.1 : 0.01, schedule: schedule)
            let trainer = Trainer(configuration: configuration)
            let model = try trainer.makeModel(for: training)
            let history = try trainer.train(model, on: training, validation: validation)
            #expect((history.last?.loss ?? 9) < history[0].loss, "\(optimizer) with \(schedule)")
        }
    }

    @Test func rejectsBadSettingsWithTheOptionsName() {
        let epochs = #expect(throws: ConfigurationError.self) { try TrainingConfiguration(model: "mlp", epochs: 0).validate() }
        #expect(epochs?.option == "epochs")
        let batch = #expect(throws: ConfigurationError.self) { try TrainingConfiguration(model: "mlp", batchSize: 0).validate() }
        #expect(batch?.description.hasPrefix("--batch-size must be") == true)
        let schedule = #expect(throws: ConfigurationError.self) { try TrainingConfiguration(model: "mlp", schedule: "linear").validate() }
        #expect(schedule?.description.hasPrefix("--schedule \"linear\"") == true)
        #expect(throws: ConfigurationError.self) { try TrainingConfiguration(model: "nope").validate() }
        let momentum = #expect(throws: ConfigurationError.self) { try TrainingConfiguration(model: "mlp", momentum: 9).validate() }
        #expect(momentum?.option == "momentum")
        let shift = #expect(throws: ConfigurationError.self) {
            try TrainingConfiguration(model: "mlp", augmentation: Augmenter(maximumShift: .nan)).validate()
        }
        #expect(shift?.option == "shift")
        #expect(throws: ConfigurationError.self) { try TrainingConfiguration(model: "mlp").validate(threads: 0) }
    }

    @Test func augmentationMovesPixelsButKeepsTheInk() throws {
        let images = try tinySplit(10, side: 28)  // image 5 has its bar in the middle, away from the edges
        var generator = SeededGenerator(seed: 4)
        let plain = BatchBuilder(examples: images, augmenter: nil).batch([5], generator: &generator).input
        let moved = BatchBuilder(examples: images, augmenter: Augmenter()).batch([5], generator: &generator).input
        #expect(plain != moved)
        let inkPlain = plain.scalars.reduce(0, +), inkMoved = moved.scalars.reduce(0, +)
        #expect(abs(inkMoved - inkPlain) / inkPlain < 0.1, "a small move keeps about the same amount of ink")
        let still = BatchBuilder(examples: images, augmenter: Augmenter(maximumShift: 0, maximumRotation: 0)).batch([5],
            generator: &generator).input
        #expect(zip(still.scalars, plain.scalars).allSatisfy { abs($0 - $1) < 1e-6 }, "no shift, no rotation: the image itself")
    }
}

@Suite struct PersistenceTests {
    @Test func safetensorsRoundTripsAndIsReadableByTheSpec() throws {
        let a = try #require(Tensor(shape: [2, 3], scalars: [1, -2, 3.5, 0, 1e-8, .pi]))
        let b = Tensor(shape: [4], repeating: 7)
        let bytes = SafeTensors.bytes(of: [("layer.kernel", a), ("layer.bias", b)], metadata: ["spec": "x"])
        let headerLength = Int(bytes[0]) | Int(bytes[1]) << 8
        #expect((8 + headerLength) % 8 == 0, "data starts 8-byte aligned")
        let header = String(decoding: bytes[8..<(8 + headerLength)], as: UTF8.self)
        #expect(header.contains("\"layer.kernel\":{\"dtype\":\"F32\",\"shape\":[2,3],\"data_offsets\":[0,24]}"))
        #expect(header.contains("\"layer.bias\":{\"dtype\":\"F32\",\"shape\":[4],\"data_offsets\":[24,40]}"))
        #expect(bytes.count == 8 + headerLength + 40)
        let (tensors, metadata) = try SafeTensors.read(bytes, file: "m.safetensors")
        #expect(tensors["layer.kernel"] == a && tensors["layer.bias"] == b)
        #expect(metadata == ["spec": "x"])
        #expect(SafeTensors.bytes(of: [("layer.kernel", a), ("layer.bias", b)], metadata: ["spec": "x"]) == bytes)
    }

    @Test func safetensorsRejectsDamagedFiles() {
        let good = SafeTensors.bytes(of: [("w", Tensor(shape: [3], repeating: 1))], metadata: [:])
        #expect(throws: Error.self) { try SafeTensors.read(Array(good.prefix(5)), file: "f") }
        #expect(throws: Error.self) { try SafeTensors.read(Array(good.dropLast(4)), file: "f") }
        var wrongLength = good
        wrongLength[0] = 0xFF
        #expect(throws: Error.self) { try SafeTensors.read(wrongLength, file: "f") }
    }

    @Test func aRunFolderRoundTripsTheModel() throws {
        let training = try tinySplit(40), validation = try tinySplit(10)
        let configuration = TrainingConfiguration(model: "conv2k3-relu-bn-flatten-dense10", epochs: 1, batchSize: 8, seed: 3)
        let trainer = Trainer(configuration: configuration)
        let model = try trainer.makeModel(for: training)
        let history = try trainer.train(model, on: training, validation: validation)
        let folder = TemporaryDirectory("run")
        let record = RunRecord(
            digitbookVersion: "test", configuration: configuration, spec: try ModelRegistry.spec(for: configuration.model).description,
            inputShape: model.inputShape, classNames: (0..<10).map(String.init), dataset: "tiny", dataDirectory: "/tmp",
            dataFiles: [], trainingExamples: 40, validationExamples: 10, threads: 1, blasCore: "x", wallSeconds: 1, finalValidation: nil)
        let run = RunDirectory(folder.path + "/out")
        try run.write(model: model, record: record, history: history, summary: ModelSummary.text(of: model))
        #expect(folder.entries(in: "out") == [".digitbook-output", "history.json", "model.safetensors", "run.json", "summary.txt"])
        #expect(try String(contentsOfFile: folder.path + "/out/.digitbook-output", encoding: .utf8)
            == "digitbook run\nhistory.json\nmodel.safetensors\nrun.json\nsummary.txt\n")
        let (loaded, reloaded) = try run.load()
        #expect(loaded == record)
        #expect(reloaded.parameters.map(\.value) == model.parameters.map(\.value))
        #expect(Inference.probabilities(reloaded, for: validation.images) == Inference.probabilities(model, for: validation.images))
        let json = try String(contentsOfFile: run.historyFile, encoding: .utf8)
        #expect(json.contains("\"val_accuracy\"") && json.contains("\"seconds\""))
    }

    @Test func loadingNamesTheMissingTensor() throws {
        let folder = TemporaryDirectory("broken-run")
        let run = RunDirectory(folder.path)
        let record = RunRecord(
            digitbookVersion: "test", configuration: TrainingConfiguration(model: "logreg"), spec: "flatten-dense10",
            inputShape: [12, 12, 1], classNames: (0..<10).map(String.init), dataset: "tiny", dataDirectory: "/tmp",
            dataFiles: [], trainingExamples: 1, validationExamples: 0, threads: 1, blasCore: "x", wallSeconds: 0, finalValidation: nil)
        try FileManager.default.createDirectory(atPath: folder.path, withIntermediateDirectories: true)
        try Data(RunDirectory.json(record, file: run.recordFile).utf8).write(to: URL(fileURLWithPath: run.recordFile))
        try Data(SafeTensors.bytes(of: [("dense.kernel", Tensor(shape: [144, 10]))],
            metadata: [:])).write(to: URL(fileURLWithPath: run.modelFile))
        let error = #expect(throws: Error.self) { try run.load() }
        #expect("\(error.map { "\($0)" } ?? "")".contains("has no tensor \"dense.bias\""))
    }
}
