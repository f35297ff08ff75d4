import Foundation
import FileIO

/// The dataset manifests that Digitbook knows, read from one folder of JSON files.
public struct Catalog: Sendable {
    /// The folder the manifests were read from; downloads go to its `data/` subfolder.
    public let directory: String
    /// The manifests, sorted by name.
    public let manifests: [DatasetManifest]

    /// Reads every `*.json` manifest in `directory`, validating each.
    public init(directory: String) throws(DatasetError) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".json") }.sorted()
        } catch {
            throw DatasetError(directory, .noCatalog, "the dataset catalog folder cannot be read")
        }
        var manifests: [DatasetManifest] = []
        for name in names {
            manifests.append(try Self.readManifest(at: (directory as NSString).appendingPathComponent(name)))
        }
        guard !manifests.isEmpty else { throw DatasetError(directory, .noCatalog, "holds no dataset manifests (*.json)") }
        self.directory = directory
        self.manifests = manifests.sorted { $0.name < $1.name }
    }

    /// The manifest called `name`; an unknown name is an error that lists the known ones.
    public func manifest(named name: String) throws(DatasetError) -> DatasetManifest {
        guard let manifest = manifests.first(where: { $0.name == name }) else {
            let known = manifests.map(\.name).joined(separator: ", ")
            throw DatasetError(name, .unknownDataset, "no such dataset in \(directory) (known: \(known))")
        }
        return manifest
    }

    /// The git-ignored folder that `datasets fetch` downloads `name` into.
    public func downloadDirectory(for name: String) -> String {
        ((directory as NSString).appendingPathComponent("data") as NSString).appendingPathComponent(name)
    }

    /// Reads and validates one manifest; errors name the file and, where JSON decoding failed, the field.
    static func readManifest(at path: String) throws(DatasetError) -> DatasetManifest {
        let data: Data
        do { data = Data(try FileBytes.read(path, limit: 1 << 20)) } catch { throw DatasetError(path, .badManifest, error.detail) }
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
