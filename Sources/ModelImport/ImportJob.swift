import DatasetCatalog
import FileIO
import Foundation
import IDX
import NeuralNetwork
import NumberFormats
import Runs
import Tensors

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
        /// What the user should know (a pixel range given that reads far worse than the other).
        public let warnings: [String]
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
        let testProbabilities = Inference.probabilities(network, for: dataset.test.images, threads: threads)
        try NonFiniteOutput.check(testProbabilities, source: modelFile)
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
                : LossAndAccuracy(probabilities: testProbabilities, labels: dataset.test.labels.map(Int.init)),
            imported: ImportRecord(
                source: modelFile, sha256: SHA256Digest.hex(of: bytes), format: imported.format.rawValue,
                layout: imported.format == .safetensors ? layout.rawValue : nil, pixels: range.rawValue,
                pixelsChosenBy: accuracies == nil ? "given" : "auto", accuracies: accuracies,
                checkedImages: accuracies == nil ? nil : min(Self.checkedImages, dataset.train.images.count)))
        let warnings = [pixelWarning(imported, chosen: range, training: dataset.train)].compactMap { $0 } + defaultedWeights(imported)
        try directory.write(model: network, record: record, history: [], summary: ModelSummary.text(of: network))
        return Outcome(model: network, record: record, testProbabilities: testProbabilities, warnings: warnings)
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
        var best: (PixelRange, Double, Sequential)?
        var accuracies: [String: Double] = [:]
        var overflow: NonFiniteOutput?
        for range in PixelRange.allCases {
            // A range whose outputs are not numbers is no candidate; the import fails only when every range is so.
            let (accuracy, network): (Double, Sequential)
            do {
                (accuracy, network) = try checkedAccuracy(imported, pixels: range, training: training)
            } catch let error as NonFiniteOutput {
                overflow = error
                continue
            }
            accuracies[range.rawValue] = accuracy
            if best.map({ accuracy > $0.1 }) ?? true { best = (range, accuracy, network) }
        }
        if best == nil, let overflow { throw overflow }
        guard let (range, _, network) = best else { throw ModelImportError(file: modelFile, "no pixel range to try") }
        return (range, accuracies, network)
    }

    /// The model's accuracy with `pixels` on the first `checkedImages` training images (outputs must be numbers).
    private func checkedAccuracy(_ imported: ImportedModel, pixels: PixelRange, training: LabelledImages) throws
        -> (Double, Sequential) {
        let count = min(Self.checkedImages, training.images.count)
        let size = training.images.rows * training.images.columns
        let images = try ImageSet(count: count, rows: training.images.rows, columns: training.images.columns,
                                  pixels: Array(training.images.pixels.prefix(count * size)))
        let network = try imported.network(pixels: pixels)
        let rows = Inference.probabilities(network, for: images, threads: threads)
        try NonFiniteOutput.check(rows, source: modelFile)
        return (LossAndAccuracy(probabilities: rows, labels: training.labels.prefix(count).map(Int.init)).accuracy, network)
    }

    /// The weights a state_dict left out and the import took as their defaults (a bias of zero, as PyTorch's
    /// `bias=False` gives, a scale of one), named so that a file that lost a tensor is not taken silently. Keras files say so in their
    /// configuration, so only state_dicts are listed.
    private func defaultedWeights(_ imported: ImportedModel) -> [String] {
        guard imported.format == .safetensors else { return [] }
        let sources = imported.layers.flatMap { $0.weights.values.map(\.source) }.filter { $0.contains(" (no ") }.sorted()
        return sources.map { source in
            "\(modelFile): \(source.replacingOccurrences(of: " (no ", with: " has no ").dropLast()) in the file; it takes its "
                + "default (0 for a bias or beta, 1 for gamma), as for a module built with bias=False or affine=False; if the file "
                + "lost the tensor, the imported model is wrong"
        }
    }

    /// With a pixel range given: a warning when the other range reads the first training images far better (by 20
    /// points or more), as when a model trained on raw 0-255 pixels is imported with `--pixels 0-1`.
    private func pixelWarning(_ imported: ImportedModel, chosen: PixelRange, training: LabelledImages) -> String? {
        guard case .given = pixels, training.images.count > 0,
              let (given, _) = try? checkedAccuracy(imported, pixels: chosen, training: training) else { return nil }
        for other in PixelRange.allCases where other != chosen {
            guard let (accuracy, _) = try? checkedAccuracy(imported, pixels: other, training: training), accuracy >= given + 0.2 else {
                continue
            }
            let percent = { (value: Double) in NumberText.percent(value, decimals: 1) }
            return "\(modelFile): with pixels \(chosen.rawValue) the model reads \(percent(given)) of the first training images, "
                + "with \(other.rawValue) \(percent(accuracy)); it was probably trained on \(other.rawValue): import it with "
                + "--pixels \(other.rawValue) (or auto)"
        }
        return nil
    }
}
