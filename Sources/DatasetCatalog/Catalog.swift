import Foundation
import FileIO

/// The dataset manifests that Digitbook knows: the ones compiled into it (MNIST and Fashion-MNIST, from
/// Sources/DatasetCatalog/Manifests) and those of a folder of JSON files the user adds.
public struct Catalog: Sendable {
    /// The folder of added manifests, when one was given.
    public let directory: String?
    /// The manifests, sorted by name.
    public let manifests: [DatasetManifest]

    /// The compiled-in manifests, then every `*.json` manifest in `directory` (validated; one with a compiled-in
    /// manifest's name replaces it).
    public init(directory: String? = nil) throws(DatasetError) {
        var byName: [String: DatasetManifest] = [:]
        for (name, bytes) in Self.builtIn { byName[name] = try Self.readManifest(bytes, source: "compiled-in \(name).json") }
        if let directory {
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".json") }.sorted()
            } catch {
                throw DatasetError(directory, .noCatalog, "the dataset catalog folder cannot be read")
            }
            guard !names.isEmpty else { throw DatasetError(directory, .noCatalog, "holds no dataset manifests (*.json)") }
            for name in names {
                let manifest = try Self.readManifest(at: (directory as NSString).appendingPathComponent(name))
                byName[manifest.name] = manifest
            }
        }
        self.directory = directory
        manifests = byName.values.sorted { $0.name < $1.name }
    }

    /// The manifests compiled into the program, by file name.
    static let builtIn: [(String, [UInt8])] = [("fashion-mnist", PackageResources.fashion_mnist_json),
                                               ("mnist", PackageResources.mnist_json)]

    /// The manifest called `name`; an unknown name is an error that lists the known ones.
    public func manifest(named name: String) throws(DatasetError) -> DatasetManifest {
        guard let manifest = manifests.first(where: { $0.name == name }) else {
            let known = manifests.map(\.name).joined(separator: ", ")
            throw DatasetError(name, .unknownDataset, "no such dataset (known: \(known))")
        }
        return manifest
    }

    /// Reads and validates one manifest file; errors name the file and, where JSON decoding failed, the field.
    static func readManifest(at path: String) throws(DatasetError) -> DatasetManifest {
        let bytes: [UInt8]
        do { bytes = try FileBytes.read(path, limit: 1 << 20) } catch { throw DatasetError(path, .badManifest, error.detail) }
        return try readManifest(bytes, source: path)
    }

    /// Reads and validates one manifest's bytes; errors name `source` and, where JSON decoding failed, the field.
    static func readManifest(_ bytes: [UInt8], source path: String) throws(DatasetError) -> DatasetManifest {
        let data = Data(bytes)
        let manifest: DatasetManifest
        do {
            manifest = try JSONDecoder().decode(DatasetManifest.self, from: data)
        } catch let DecodingError.keyNotFound(key, context) {
            throw DatasetError(path, .badManifest, "missing field \(fieldPath(context.codingPath + [key]))")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            throw DatasetError(path, .badManifest, "field \(fieldPath(context.codingPath)): \(context.debugDescription)")
        } catch let DecodingError.dataCorrupted(context) {
            let field = context.codingPath.isEmpty ? "" : "field \(fieldPath(context.codingPath)): "
            throw DatasetError(path, .badManifest, "\(field)not valid JSON or not a valid value (\(context.debugDescription))")
        } catch {
            throw DatasetError(path, .badManifest, "\(error)")
        }
        try manifest.validate(source: path)
        return manifest
    }

    private static func fieldPath(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().drop { $0 == "." }.description
    }
}
