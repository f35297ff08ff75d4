import FileIO
import Gzip

/// Writes IDX files, raw or gzip-compressed, so that users and tests can make their own datasets.
public enum IDXWriter {
    /// The bytes of an IDX images file for `images`.
    public static func bytes(of images: ImageSet) -> [UInt8] {
        header(magic: IDXReader.imagesMagic, dimensions: [images.count, images.rows, images.columns]) + images.pixels
    }

    /// The bytes of an IDX labels file for `labels`.
    public static func bytes(ofLabels labels: [UInt8]) -> [UInt8] {
        header(magic: IDXReader.labelsMagic, dimensions: [labels.count]) + labels
    }

    /// Writes `images` to `path`, gzip-compressed when the name ends in `.gz`.
    public static func write(_ images: ImageSet, to path: String) throws(IDXError) {
        try store(bytes(of: images), at: path)
    }

    /// Writes `labels` to `path`, gzip-compressed when the name ends in `.gz`.
    public static func write(labels: [UInt8], to path: String) throws(IDXError) {
        try store(bytes(ofLabels: labels), at: path)
    }

    private static func store(_ bytes: [UInt8], at path: String) throws(IDXError) {
        do {
            let output = path.hasSuffix(".gz") ? try Gzip.compress(bytes) : bytes
            try AtomicFile.write(output, to: path)
        } catch let error as FileError {
            throw IDXError(file: path, kind: .unwritable, detail: error.detail)
        } catch {
            throw IDXError(file: path, kind: .unwritable, detail: "\(error)")
        }
    }

    private static func header(magic: UInt32, dimensions: [Int]) -> [UInt8] {
        ([magic] + dimensions.map { UInt32(truncatingIfNeeded: $0) }).flatMap { value in
            [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: value >> $0) }
        }
    }
}
