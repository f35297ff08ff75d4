import Gzip
import IDX
import TestSupport
@testable import DatasetCatalog

/// A tiny dataset on disk with a manifest that matches it exactly.
struct TinyCopy {
    let directory = TemporaryDirectory("tiny-dataset")
    let manifest: DatasetManifest
    let bytes: [String: [UInt8]]

    init(train: Int = 60, test: Int = 20) throws {
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
            name: "tiny", title: "Tiny", description: nil, homepage: nil,
            classNames: (0..<10).map(String.init), imageRows: 28, imageColumns: 28, mirrors: [], files: files)
        self.bytes = bytes
    }
}
