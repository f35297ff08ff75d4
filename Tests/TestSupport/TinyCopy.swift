import DatasetCatalog
import Foundation
import Gzip
import IDX

/// A tiny dataset on disk, gzip IDX files with MNIST's names, and a manifest that matches it exactly.
public struct TinyCopy {
    public let directory = TemporaryDirectory("tiny-dataset")
    public let manifest: DatasetManifest
    /// The compressed bytes of each file, by name.
    public let bytes: [String: [UInt8]]

    public init(train: Int = 60, test: Int = 20) throws {
        let training = TinyDataset.make(count: train)
        let testing = TinyDataset.make(count: test)
        let contents: [(DatasetManifest.Role, String, [UInt8], Int)] = [
            (.trainImages, "train-images-idx3-ubyte.gz", IDXWriter.bytes(of: training.images), train),
            (.trainLabels, "train-labels-idx1-ubyte.gz", IDXWriter.bytes(ofLabels: training.labels), train),
            (.testImages, "t10k-images-idx3-ubyte.gz", IDXWriter.bytes(of: testing.images), test),
            (.testLabels, "t10k-labels-idx1-ubyte.gz", IDXWriter.bytes(ofLabels: testing.labels), test),
        ]
        var files: [DatasetManifest.File] = []
        var bytes: [String: [UInt8]] = [:]
        for (role, name, raw, count) in contents {
            let compressed = try Gzip.compress(raw)
            directory.write(compressed, to: name)
            bytes[name] = compressed
            files.append(.init(role: role, name: name, bytes: compressed.count, count: count, sha256: SHA256Digest.hex(of: compressed)))
        }
        manifest = DatasetManifest(
            name: "tiny", title: "Tiny", classNames: (0..<10).map(String.init), imageRows: 28, imageColumns: 28, mirrors: [], files: files)
        self.bytes = bytes
    }

    /// Writes the manifest as `tiny.json` into a new catalog folder and returns that folder.
    public func catalog() throws -> TemporaryDirectory {
        let folder = TemporaryDirectory("tiny-catalog")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        folder.write(Array(try encoder.encode(manifest)), to: "tiny.json")
        return folder
    }
}
