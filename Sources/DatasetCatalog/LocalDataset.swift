import FileIO
import Foundation
import IDX

/// A dataset read from a local folder: both splits, validated, with how each file compares to the manifest.
public struct LocalDataset: Sendable {
    public let manifest: DatasetManifest
    public let directory: String
    public let train: LabelledImages
    public let test: LabelledImages
    /// One check per file, in the manifest's role order.
    public let checks: [FileCheck]

    /// The warnings for files that are not the published ones.
    public var warnings: [String] { checks.compactMap(\.warning) }

    /// Reads the four files of `manifest` from `directory`, as `name` or uncompressed without `.gz`.
    ///
    /// Digests that differ from the manifest give warnings (see `checks`); a missing folder or file,
    /// unreadable data, images of the wrong size or mismatched counts are errors naming the file.
    public init(_ manifest: DatasetManifest, directory: String) throws(DatasetError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DatasetError(directory, .missingDirectory, "data folder does not exist")
        }
        let classCount = manifest.classNames.count
        let images = { (bytes: [UInt8], file: String) throws(IDXError) -> (ImageSet, Int) in
            let set = try IDXReader.images(from: bytes, file: file).checked(against: manifest, file: file)
            return (set, set.count)
        }
        let labels = { (bytes: [UInt8], file: String) throws(IDXError) -> ([UInt8], Int) in
            let values = try IDXReader.labels(from: bytes, file: file, classCount: classCount)
            return (values, values.count)
        }
        let trainImages = try Self.read(manifest.file(.trainImages), in: directory, parse: images)
        let trainLabels = try Self.read(manifest.file(.trainLabels), in: directory, parse: labels)
        let testImages = try Self.read(manifest.file(.testImages), in: directory, parse: images)
        let testLabels = try Self.read(manifest.file(.testLabels), in: directory, parse: labels)
        do {
            train = try LabelledImages(images: trainImages.value, labels: trainLabels.value, classCount: classCount,
                                       imagesFile: trainImages.check.path, labelsFile: trainLabels.check.path)
            test = try LabelledImages(images: testImages.value, labels: testLabels.value, classCount: classCount,
                                      imagesFile: testImages.check.path, labelsFile: testLabels.check.path)
        } catch {
            throw DatasetError(error.file, .invalidData, error.detail)
        }
        // Nothing can be trained on, or judged by, an empty split; say so here rather than report an accuracy of 0.
        for (set, check) in [(train, trainLabels.check), (test, testLabels.check)] where set.count == 0 {
            throw DatasetError(check.path, .invalidData, "holds no examples; a dataset needs at least one training and one test image")
        }
        self.manifest = manifest
        self.directory = directory
        checks = [trainImages.check, trainLabels.check, testImages.check, testLabels.check]
    }

    /// Where `entry` is in `directory`: its own name, else the uncompressed name without `.gz`; and whether it is the latter.
    static func location(of entry: DatasetManifest.File, in directory: String) throws(DatasetError) -> (path: String, uncompressed: Bool) {
        let compressed = (directory as NSString).appendingPathComponent(entry.name)
        let uncompressedName = entry.name.hasSuffix(".gz") ? String(entry.name.dropLast(3)) : entry.name
        let uncompressed = (directory as NSString).appendingPathComponent(uncompressedName)
        if FileManager.default.fileExists(atPath: compressed) { return (compressed, false) }
        if FileManager.default.fileExists(atPath: uncompressed) { return (uncompressed, true) }
        throw DatasetError(compressed, .missingFile, "missing (nor is there an uncompressed \(uncompressedName))")
    }

    /// The SHA-256 of each of `manifest`'s files in `directory`, by file name, without parsing them: what identifies
    /// a local copy (a cache key's dataset part) at a fraction of the cost of loading it; with the warning for each file
    /// that is not the published one (as ``FileCheck/warning`` words it).
    public static func digests(of manifest: DatasetManifest,
        in directory: String) throws(DatasetError) -> [(name: String, sha256: String, warning: String?)] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DatasetError(directory, .missingDirectory, "data folder does not exist")
        }
        return try manifest.files.map { entry throws(DatasetError) in
            let (path, uncompressed) = try location(of: entry, in: directory)
            do throws(FileError) {
                let digest = SHA256Digest.hex(of: try FileBytes.read(path, limit: IDXReader.sizeLimit))
                let status: FileCheck.Status = uncompressed ? .uncompressed : digest == entry.sha256 ? .matches : .differs
                return (entry.name, digest, FileCheck.warning(status, path: path, sha256: digest, entry: entry))
            } catch {
                throw DatasetError(path, .missingFile, error.detail)
            }
        }
    }

    /// Finds, hashes and parses one file; `parse` returns the value and how many items it holds.
    private static func read<Value>(
        _ entry: DatasetManifest.File, in directory: String,
        parse: ([UInt8], String) throws(IDXError) -> (Value, Int)
    ) throws(DatasetError) -> (value: Value, check: FileCheck) {
        let (path, uncompressed) = try location(of: entry, in: directory)
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.read(path, limit: IDXReader.sizeLimit)
        } catch {
            throw DatasetError(path, .missingFile, error.detail)
        }
        let value: Value, count: Int
        do {
            (value, count) = try parse(bytes, path)
        } catch {
            throw DatasetError(path, error.kind == .shapeMismatch ? .wrongShape : .invalidData, error.detail)
        }
        let digest = SHA256Digest.hex(of: bytes)
        let status: FileCheck.Status = uncompressed
            ? .uncompressed : (digest == entry.sha256.lowercased() ? .matches : .differs)
        return (value, FileCheck(entry: entry, path: path, status: status, sha256: digest, bytes: bytes.count, count: count))
    }
}

extension ImageSet {
    /// Self, if its images have the manifest's size.
    fileprivate func checked(against manifest: DatasetManifest, file: String) throws(IDXError) -> ImageSet {
        guard rows == manifest.imageRows, columns == manifest.imageColumns else {
            throw IDXError(file: file, kind: .shapeMismatch,
                           detail: "images are \(rows)x\(columns), but \(manifest.name) images are "
                               + "\(manifest.imageRows)x\(manifest.imageColumns)")
        }
        return self
    }
}
