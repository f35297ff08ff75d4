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

    /// The run folder as an output: new, empty, or a run written before with nothing else in it (`OutputFolder`).
    var output: OutputFolder { OutputFolder(path, owner: "run", role: "the run folder") }

    /// Checks, before any training starts, that the run folder may be written (see `OutputFolder`): a folder with other
    /// files (notes, another command's output) is never replaced. Nothing is created.
    public func checkWritable() throws(FileError) {
        try output.check()
    }

    /// Writes every file of a finished run into a new folder beside this one, then puts it in this one's place, so
    /// that an earlier run here is replaced only by a complete new one (and kept if anything fails).
    public func write(model: Sequential, record: RunRecord, history: [EpochRecord], summary: String) throws(FileError) {
        let tensors = Self.namedParameters(of: model).map { ($0.name, $0.parameter.value) }
        let metadata = ["format": "digitbook", "spec": record.spec, "digitbook_version": record.digitbookVersion]
        try output.replace { staging throws(FileError) in
            let files = RunDirectory(staging)
            try AtomicFile.write(SafeTensors.bytes(of: tensors, metadata: metadata), to: files.modelFile)
            try AtomicFile.write(Self.json(history, file: files.historyFile), to: files.historyFile)
            try AtomicFile.write(summary, to: files.summaryFile)
            try AtomicFile.write(Self.json(record, file: files.recordFile), to: files.recordFile)
        }
    }

    /// The run's record and its trained model, rebuilt from the spec and filled with the saved weights.
    public func load() throws(FileError) -> (record: RunRecord, model: Sequential) {
        let record = try Self.decode(RunRecord.self, from: recordFile)
        var generator = SeededGenerator(seed: 0)
        let model: Sequential
        do {
            model = try ModelSpec(parsing: record.spec).build(inputShape: record.inputShape, classCount: record.classNames.count,
                generator: &generator)
        } catch {
            throw FileError(path: recordFile, kind: .unreadable, detail: "field spec: \(error.detail)")
        }
        let (tensors, _) = try SafeTensors.read(FileBytes.read(modelFile), file: modelFile)
        for (name, parameter) in Self.namedParameters(of: model) {
            guard let tensor = tensors[name] else {
                throw FileError(path: modelFile, kind: .unreadable,
                    detail: "has no tensor \"\(name)\", which the model \(record.spec) needs")
            }
            guard tensor.shape == parameter.value.shape else {
                throw FileError(path: modelFile, kind: .unreadable,
                    detail: "tensor \"\(name)\" has shape \(tensor.shape), the model needs \(parameter.value.shape)")
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
            let decoder = JSONDecoder()
            decoder.nonConformingFloatDecodingStrategy = .convertFromString(
                positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
            return try decoder.decode(type, from: Data(bytes))
        } catch {
            throw FileError(path: file, kind: .unreadable,
                detail: "not a Digitbook \(type == RunRecord.self ? "run record" : "file of this kind"): \(error)")
        }
    }

    private func file(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }

    /// Pretty, key-sorted JSON, so equal values give equal bytes; a non-finite number is written as the string
    /// "NaN", "Infinity" or "-Infinity" (JSON has no such numbers), so a record always holds what it was given.
    static func json<Value: Encodable>(_ value: Value, file: String) throws(FileError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
        } catch {
            throw FileError(path: file, kind: .unwritable, detail: "could not be encoded: \(error)")
        }
    }
}
