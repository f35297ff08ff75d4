import FileIO
import Foundation
import NeuralNetwork
import ZIPFoundation

/// Reads a Keras model file: a Keras 3 `.keras` file (a zip of config.json and model.weights.h5) or a legacy
/// `.h5` file (TensorFlow 2 / Keras `model.save`, the configuration in the root attribute model_config).
public enum KerasModelFile {
    /// The largest model file read (far above any digit classifier).
    static let largestFile = 1 << 30

    public static func read(_ path: String) throws(ModelImportError) -> ImportedModel {
        let bytes: [UInt8]
        do { bytes = try FileBytes.read(path, limit: largestFile) } catch { throw ModelImportError(file: path, error.detail) }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return try readKeras(bytes, path: path) }
        guard bytes.starts(with: [0x89, 0x48, 0x44, 0x46]) else {
            throw ModelImportError(file: path, "is neither a .keras file (a zip) nor an HDF5 .h5 file")
        }
        let file: HDF5File
        do { file = try HDF5File(path: path) } catch { throw ModelImportError(file: path, error.message) }
        let config: String
        do {
            guard let text = try file.strings(attribute: "model_config").first else { throw HDF5Error(file: path, "") }
            config = text
        } catch {
            throw ModelImportError(file: path, "has no model_config attribute: a weights-only file (save_weights) has no architecture; "
                + "save the whole model with model.save")
        }
        return try assemble(config: config, weights: KerasWeights(file: file, legacy: true), path: path, format: .kerasH5)
    }

    /// The spec and input shape a Keras model configuration (config.json, or an .h5 file's model_config) translates
    /// to, or the error naming the first layer or setting Digitbook lacks.
    public static func architecture(configuration: String, file: String) throws(ModelImportError) -> (spec: ModelSpec, inputShape: [Int]) {
        let architecture = try KerasArchitecture(json: configuration, file: file)
        return (architecture.spec, architecture.inputShape)
    }

    private static func readKeras(_ bytes: [UInt8], path: String) throws(ModelImportError) -> ImportedModel {
        let config = try entry("config.json", of: bytes, path: path)
        let weights = try entry("model.weights.h5", of: bytes, path: path)
        let file = try openExtracted(weights, name: path + "/model.weights.h5")
        return try assemble(config: String(decoding: config, as: UTF8.self), weights: KerasWeights(file: file, legacy: false),
                            path: path, format: .keras)
    }

    private static func assemble(config: String, weights: KerasWeights, path: String, format: ImportedModel.Format)
        throws(ModelImportError) -> ImportedModel {
        let architecture = try KerasArchitecture(json: config, file: path)
        var layers: [ImportedModel.LayerWeights] = []
        for layer in architecture.weighted { layers.append(try weights.weights(of: layer)) }
        return ImportedModel(file: path, format: format, spec: architecture.spec, inputShape: architecture.inputShape, layers: layers,
                             inputScale: architecture.inputScale)
    }

    /// Opens `bytes` (a member of the zip) as an HDF5 file through a private temporary copy, removed once open.
    private static func openExtracted(_ bytes: [UInt8], name: String) throws(ModelImportError) -> HDF5File {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("digitbook-import-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("model.weights.h5")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false,
                                                    attributes: [.posixPermissions: 0o700])
            try Data(bytes).write(to: copy)
        } catch {
            throw ModelImportError(file: name, "could not be unpacked to a temporary file: \(error.localizedDescription)")
        }
        do { return try HDF5File(path: copy.path, name: name) } catch { throw ModelImportError(file: name, error.message) }
    }

    /// One member of the zip: its declared size checked before it is inflated, and the bytes inflated counted against
    /// that size as they come, since a hostile zip can declare 100 bytes and inflate to gigabytes.
    private static func entry(_ name: String, of bytes: [UInt8], path: String) throws(ModelImportError) -> [UInt8] {
        do {
            let archive = try Archive(data: Data(bytes), accessMode: .read)
            guard let entry = archive[name] else { throw ModelImportError(file: path, "the .keras zip has no \(name)") }
            guard entry.uncompressedSize <= UInt64(largestFile) else {
                throw ModelImportError(file: path, "\(name) is \(entry.uncompressedSize) bytes, more than the \(largestFile) allowed")
            }
            let declared = Int(entry.uncompressedSize)
            var data = Data()
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                guard data.count + chunk.count <= declared else {
                    throw ModelImportError(file: path, "\(name) inflates to more than the \(declared) bytes its zip entry declares")
                }
                data.append(chunk)
            }
            return [UInt8](data)
        } catch let error as ModelImportError {
            throw error
        } catch {
            throw ModelImportError(file: path, "is not a readable .keras zip: \(error)")
        }
    }
}
