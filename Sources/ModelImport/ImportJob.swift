import DatasetCatalog
import FileIO
import Foundation
import IDX
import NeuralNetwork
import Tensors
import Training

/// `digitbook import` and a report's model cell: a model file becomes a run folder that every command and cell
/// accepts, with the input scale decided, its test-set predictions computed and the import recorded in run.json.
public struct ImportJob: Sendable {
    /// How the pixel range is decided.
    public enum Pixels: Sendable, Equatable {
        case given(PixelRange)
        /// Both ranges tried on the first `checkedImages` training images; the better accuracy wins (0-1 on a tie).
        case auto
    }

    public static let checkedImages = 1_000

    public let modelFile: String
    /// The architecture of a weights-only file (.safetensors); nil for Keras files, which carry their own.
    public let spec: String?
    public let layout: WeightLayout
    public let pixels: Pixels
    public let threads: Int
    public let version: String

    public init(modelFile: String, spec: String?, layout: WeightLayout, pixels: Pixels, threads: Int, version: String) {
        self.modelFile = modelFile
        self.spec = spec
        self.layout = layout
        self.pixels = pixels
        self.threads = threads
        self.version = version
    }

    /// What an import produced.
    public struct Outcome {
        public let model: Sequential
        public let record: RunRecord
        public let testProbabilities: [[Float]]
    }

    /// Reads the model, checks it against `dataset`, and writes the run folder into `directory`.
    public func run(on dataset: LocalDataset, writingTo directory: RunDirectory) throws -> Outcome {
        try directory.checkWritable()
        let start = Date()
        let imageShape = [dataset.test.images.rows, dataset.test.images.columns, 1]
        let imported = try read(imageShape: imageShape)
        guard imported.inputShape == imageShape else {
            throw ModelImportError(file: modelFile, "the model reads inputs of shape \(imported.inputShape); "
                + "\(dataset.manifest.name)'s images are \(imageShape)")
        }
        guard case .dense(let classes, _)? = imported.spec.layers.last, classes == dataset.manifest.classNames.count else {
            throw ModelImportError(file: modelFile, "the model's last layer must have one unit per class of "
                + "\(dataset.manifest.name) (\(dataset.manifest.classNames.count))")
        }
        let (range, accuracies, network) = try choosePixels(imported, training: dataset.train)
        BLAS.threads = 1
        let testProbabilities = Trainer.probabilities(network, for: dataset.test.images, threads: threads)
        let bytes = try FileBytes.read(modelFile, limit: KerasModelFile.largestFile)
        let record = RunRecord(
            digitbookVersion: version,
            configuration: TrainingConfiguration(model: (modelFile as NSString).lastPathComponent, epochs: 0, validationCount: 0),
            spec: imported.spec.description, inputShape: imageShape, classNames: dataset.manifest.classNames,
            dataset: dataset.manifest.name, dataDirectory: dataset.directory,
            dataFiles: dataset.checks.map { .init(name: $0.entry.name, sha256: $0.sha256, status: $0.status.rawValue) },
            trainingExamples: 0, validationExamples: 0, threads: threads, blasCore: BLAS.coreName,
            wallSeconds: Date().timeIntervalSince(start), finalValidation: nil,
            finalTest: dataset.test.images.count == 0 ? nil
                : Evaluation(probabilities: testProbabilities, labels: dataset.test.labels.map(Int.init)),
            imported: ImportRecord(
                source: modelFile, sha256: SHA256Digest.hex(of: bytes), format: imported.format.rawValue,
                layout: imported.format == .safetensors ? layout.rawValue : nil, pixels: range.rawValue,
                pixelsChosenBy: accuracies == nil ? "given" : "auto", accuracies: accuracies,
                checkedImages: accuracies == nil ? nil : min(Self.checkedImages, dataset.train.images.count)))
        try directory.write(model: network, record: record, history: [], summary: ModelSummary.text(of: network))
        return Outcome(model: network, record: record, testProbabilities: testProbabilities)
    }

    /// The model file read by its kind: safetensors with the spec, anything else as a Keras file.
    public func read(imageShape: [Int]) throws(ModelImportError) -> ImportedModel {
        guard modelFile.lowercased().hasSuffix(".safetensors") else {
            if spec != nil { throw ModelImportError(file: modelFile, "a Keras file carries its architecture; leave out the spec") }
            return try KerasModelFile.read(modelFile)
        }
        guard let spec else {
            throw ModelImportError(file: modelFile, "a .safetensors file holds weights only; give the architecture as a spec "
                + "(for example --spec conv32k3-relu-maxpool-flatten-dense10)")
        }
        return try StateDictFile.read(modelFile, spec: spec, inputShape: imageShape, layout: layout)
    }

    private func choosePixels(_ imported: ImportedModel, training: LabelledImages) throws
        -> (PixelRange, [String: Double]?, Sequential) {
        if case .given(let range) = pixels { return (range, nil, try imported.network(pixels: range)) }
        let count = min(Self.checkedImages, training.images.count)
        let size = training.images.rows * training.images.columns
        let images = try ImageSet(count: count, rows: training.images.rows, columns: training.images.columns,
                                  pixels: Array(training.images.pixels.prefix(count * size)))
        let labels = training.labels.prefix(count).map(Int.init)
        var best: (PixelRange, Double, Sequential)?
        var accuracies: [String: Double] = [:]
        for range in PixelRange.allCases {
            let network = try imported.network(pixels: range)
            let accuracy = Evaluation(probabilities: Trainer.probabilities(network, for: images, threads: threads), labels: labels).accuracy
            accuracies[range.rawValue] = accuracy
            if best.map({ accuracy > $0.1 }) ?? true { best = (range, accuracy, network) }
        }
        guard let (range, _, network) = best else { throw ModelImportError(file: modelFile, "no pixel range to try") }
        return (range, accuracies, network)
    }
}
