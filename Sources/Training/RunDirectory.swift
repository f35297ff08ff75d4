import FileIO
import Foundation
import NeuralNetwork
import Randomness
import Tensors

/// The folder a training run writes: model.safetensors, history.json, run.json and summary.txt.
///
/// Each file is written to a temporary name and renamed into place, so an interrupted run never leaves a
/// half-written file. Tensors are named `LAYER.WEIGHT` after Keras (`conv2d.kernel`, `dense_1.bias`,
/// `batch_normalization.moving_mean`) and keep Keras's layouts: conv kernels (height, width, in, out),
/// dense kernels (in, out).
public struct RunDirectory: Sendable {
    public let path: String

    public init(_ path: String) {
        self.path = path
    }

    public var modelFile: String { file("model.safetensors") }
    public var historyFile: String { file("history.json") }
    public var recordFile: String { file("run.json") }
    public var summaryFile: String { file("summary.txt") }

    /// Creates the folder (if needed) and checks that files can be written there, before any training starts.
    public func prepare() throws(FileError) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw FileError(path: path, kind: .unwritable, detail: "cannot create the run folder: \(error.localizedDescription)")
        }
        guard FileManager.default.isWritableFile(atPath: path) else {
            throw FileError(path: path, kind: .unwritable, detail: "the run folder is not writable")
        }
    }

    /// Writes every file of a finished run, creating the folder if needed.
    public func write(model: Sequential, record: RunRecord, history: [EpochRecord], summary: String) throws(FileError) {
        try prepare()
        let tensors = Self.namedParameters(of: model).map { ($0.name, $0.parameter.value) }
        let metadata = ["format": "digitbook", "spec": record.spec, "digitbook_version": record.digitbookVersion]
        try AtomicFile.write(SafeTensors.bytes(of: tensors, metadata: metadata), to: modelFile)
        try AtomicFile.write(Self.json(history), to: historyFile)
        try AtomicFile.write(summary, to: summaryFile)
        try AtomicFile.write(Self.json(record), to: recordFile)
    }

    /// The run's record and its trained model, rebuilt from the spec and filled with the saved weights.
    public func load() throws(FileError) -> (record: RunRecord, model: Sequential) {
        let record = try Self.decode(RunRecord.self, from: recordFile)
        var generator = SeededGenerator(seed: 0)
        let model: Sequential
        do {
            model = try ModelSpec(parsing: record.spec).build(inputShape: record.inputShape, classCount: record.classNames.count, generator: &generator)
        } catch {
            throw FileError(path: recordFile, kind: .unreadable, detail: "field spec: \(error.detail)")
        }
        let (tensors, _) = try SafeTensors.read(FileBytes.read(modelFile), file: modelFile)
        for (name, parameter) in Self.namedParameters(of: model) {
            guard let tensor = tensors[name] else {
                throw FileError(path: modelFile, kind: .unreadable, detail: "has no tensor \"\(name)\", which the model \(record.spec) needs")
            }
            guard tensor.shape == parameter.value.shape else {
                throw FileError(path: modelFile, kind: .unreadable, detail: "tensor \"\(name)\" has shape \(tensor.shape), the model needs \(parameter.value.shape)")
            }
            parameter.value = tensor
        }
        return (record, model)
    }

    /// Every weight with its file name, in model order.
    static func namedParameters(of model: Sequential) -> [(name: String, parameter: Parameter)] {
        model.layers.flatMap { layer in layer.parameters.map { ("\(layer.name).\($0.name)", $0) } }
    }

    /// Reads a JSON file that this folder's code wrote (run.json, history.json).
    public static func decode<Value: Decodable>(_ type: Value.Type, from file: String) throws(FileError) -> Value {
        let bytes = try FileBytes.read(file, limit: 16 << 20)
        do {
            return try JSONDecoder().decode(type, from: Data(bytes))
        } catch {
            throw FileError(path: file, kind: .unreadable, detail: "not a Digitbook \(type == RunRecord.self ? "run record" : "file of this kind"): \(error)")
        }
    }

    private func file(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }

    /// Pretty, key-sorted JSON, so equal values give equal bytes.
    static func json<Value: Encodable>(_ value: Value) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return ((try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "{}") + "\n"
    }
}
