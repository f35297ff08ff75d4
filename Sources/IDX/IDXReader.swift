import FileIO
import Gzip
import NumberFormats

/// Reads IDX files (raw or gzip-compressed), validating every header field and byte count.
public enum IDXReader {
    /// The magic number of an IDX file of unsigned bytes in three dimensions (images).
    public static let imagesMagic: UInt32 = 0x0000_0803
    /// The magic number of an IDX file of unsigned bytes in one dimension (labels).
    public static let labelsMagic: UInt32 = 0x0000_0801
    /// The largest uncompressed IDX file accepted (2 GiB).
    public static let sizeLimit = 1 << 31

    /// Reads the images file at `path`.
    public static func images(at path: String) throws(IDXError) -> ImageSet {
        try images(from: contents(of: path), file: path)
    }

    /// Reads the labels file at `path`; every label must be below `classCount`.
    public static func labels(at path: String, classCount: Int) throws(IDXError) -> [UInt8] {
        try labels(from: contents(of: path), file: path, classCount: classCount)
    }

    /// Parses an images file from its (possibly gzip-compressed) bytes; `file` names it in errors.
    public static func images(from bytes: [UInt8], file: String) throws(IDXError) -> ImageSet {
        let (dimensions, payload) = try parse(bytes, file: file, magic: imagesMagic, kind: "images")
        let (count, rows, columns) = (dimensions[0], dimensions[1], dimensions[2])
        guard rows > 0, columns > 0 else {
            throw IDXError(file: file, kind: .unsupportedDimensions, detail: "images of \(rows)x\(columns) pixels have no pixels")
        }
        return ImageSet(unchecked: count, rows: rows, columns: columns, pixels: payload)
    }

    /// Parses a labels file from its (possibly gzip-compressed) bytes; `file` names it in errors.
    public static func labels(from bytes: [UInt8], file: String, classCount: Int) throws(IDXError) -> [UInt8] {
        let (_, payload) = try parse(bytes, file: file, magic: labelsMagic, kind: "labels")
        try checkRange(of: payload, classCount: classCount, file: file)
        return payload
    }

    /// Throws if any label is `classCount` or more, naming the first such label and its index.
    static func checkRange(of labels: [UInt8], classCount: Int, file: String) throws(IDXError) {
        guard let index = labels.firstIndex(where: { Int($0) >= classCount }) else { return }
        throw IDXError(file: file, kind: .labelOutOfRange,
                       detail: "label \(labels[index]) at index \(index) is outside the classes 0-\(classCount - 1)")
    }

    /// The uncompressed bytes of the file at `path`.
    static func contents(of path: String) throws(IDXError) -> [UInt8] {
        let raw: [UInt8]
        do {
            raw = try FileBytes.read(path, limit: sizeLimit)
        } catch {
            throw IDXError(file: path, kind: .unreadable, detail: error.detail)
        }
        return try decompressed(raw, file: path)
    }

    /// `bytes` uncompressed when they are gzip, else as they are. Gzip data is inflated only as far as its IDX header
    /// says the file goes (and one byte more, to notice trailing data), never up to the size limit: a small file that
    /// inflates to gigabytes is refused after the bytes its header announces.
    static func decompressed(_ bytes: [UInt8], file: String) throws(IDXError) -> [UInt8] {
        guard Gzip.isCompressed(bytes) else { return bytes }
        do {
            let start = try Gzip.decompressedPrefix(bytes, count: 4)
            // Only an IDX file of bytes (00 00 08 RANK) announces its size; anything else is read whole, and its magic
            // number is then named as wrong.
            let rank = start.count == 4 && start[0] == 0 && start[1] == 0 && start[2] == 8 ? Int(start[3]) : 0
            let header = try Gzip.decompressedPrefix(bytes, count: 4 + 4 * rank)
            var limit = sizeLimit
            if rank > 0, header.count == 4 + 4 * rank, let size = dataSize(dimensions(header, rank: rank)) {
                limit = min(sizeLimit, 4 + 4 * rank + size + 1)
            }
            return try Gzip.decompress(bytes, limit: limit)
        } catch {
            let kind: IDXError.Kind = error.kind == .truncated ? .truncated : error.kind == .tooLarge ? .trailingData : .corruptCompression
            let detail = error.kind == .tooLarge ? "the data goes on past the size its header announces" : "gzip: \(error.detail)"
            throw IDXError(file: file, kind: kind, detail: detail)
        }
    }

    /// The `rank` dimensions a header (magic number first) gives.
    private static func dimensions(_ header: [UInt8], rank: Int) -> [Int] {
        (0..<rank).map { Int(bigEndian(header, at: 4 + 4 * $0)) }
    }

    /// The bytes of data that `dimensions` announce, or nil when that is over the size limit.
    private static func dataSize(_ dimensions: [Int]) -> Int? {
        var size = 1
        for dimension in dimensions {
            let (product, overflow) = size.multipliedReportingOverflow(by: dimension)
            guard !overflow, product <= sizeLimit else { return nil }
            size = product
        }
        return size
    }

    /// Checks the header against `magic` and the payload against the dimensions; returns both.
    private static func parse(
        _ compressed: [UInt8], file: String, magic: UInt32, kind: String
    ) throws(IDXError) -> (dimensions: [Int], payload: [UInt8]) {
        let bytes = try decompressed(compressed, file: file)
        guard bytes.count >= 4 else {
            throw IDXError(file: file, kind: .truncated, detail: "truncated: \(bytes.count) bytes, too short for an IDX header")
        }
        let found = bigEndian(bytes, at: 0)
        guard found == magic else {
            throw IDXError(file: file, kind: .wrongMagic,
                           detail: "wrong magic number \(hex(found)) \(guess(found)); an IDX \(kind) file starts with \(hex(magic))")
        }
        let rank = Int(magic & 0xFF)
        let headerSize = 4 + 4 * rank
        guard bytes.count >= headerSize else {
            throw IDXError(file: file, kind: .truncated,
                           detail: "truncated: the header needs \(headerSize) bytes, the file has \(bytes.count)")
        }
        let dimensions = dimensions(bytes, rank: rank)
        guard let expected = dataSize(dimensions) else {
            throw IDXError(file: file, kind: .unsupportedDimensions, detail: "dimensions \(dimensions) are too large")
        }
        let actual = bytes.count - headerSize
        let shape = dimensions.map(String.init).joined(separator: "x")
        guard actual >= expected else {
            throw IDXError(file: file, kind: .truncated, detail: "truncated: the header promises \(shape) = "
                + "\(expected.thousandsSeparated) bytes of data, the file has \(actual.thousandsSeparated)")
        }
        guard actual == expected else {
            throw IDXError(file: file, kind: .trailingData,
                           detail: "\((actual - expected).thousandsSeparated) bytes follow the \(shape) data that the header announces")
        }
        return (dimensions, Array(bytes[headerSize...]))
    }

    private static func bigEndian(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        bytes[offset..<offset + 4].reduce(0) { $0 << 8 | UInt32($1) }
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16)
        return "0x" + String(repeating: "0", count: max(0, 8 - digits.count)) + digits
    }

    /// A hint at what the file might be instead.
    private static func guess(_ magic: UInt32) -> String {
        switch magic {
        case imagesMagic: return "(an IDX images file)"
        case labelsMagic: return "(an IDX labels file)"
        case _ where magic >> 16 == 0: return "(an IDX file of another type or rank)"
        default: return "(not an IDX file)"
        }
    }
}
