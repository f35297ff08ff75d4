import FileIO
import Foundation
import Tensors

/// Reads and writes the safetensors format: an 8-byte little-endian header length, a JSON header naming each
/// tensor's dtype, shape and byte range, then the raw little-endian data. Only F32 tensors are used here.
public enum SafeTensors {
    /// A named tensor in file order.
    public typealias Entry = (name: String, tensor: Tensor)

    /// The file's bytes for `tensors` (written in the given order) and string `metadata`.
    public static func bytes(of tensors: [Entry], metadata: [String: String]) -> [UInt8] {
        var header = "{\"__metadata__\":{"
        header += metadata.keys.sorted().map { "\(JSONText.quoted($0)):\(JSONText.quoted(metadata[$0] ?? ""))" }.joined(separator: ",")
            + "}"
        var offset = 0
        for (name, tensor) in tensors {
            let end = offset + tensor.count * 4
            let shape = tensor.shape.map(String.init).joined(separator: ",")
            header += ",\(JSONText.quoted(name)):{\"dtype\":\"F32\",\"shape\":[\(shape)],\"data_offsets\":[\(offset),\(end)]}"
            offset = end
        }
        header += "}"
        while (header.utf8.count + 8) % 8 != 0 { header += " " }
        var output = [UInt8]()
        output.reserveCapacity(8 + header.utf8.count + offset)
        let length = UInt64(header.utf8.count)
        for shift in stride(from: 0, to: 64, by: 8) { output.append(UInt8(truncatingIfNeeded: length >> UInt64(shift))) }
        output += Array(header.utf8)
        for (_, tensor) in tensors {
            for value in tensor.scalars {
                let bits = value.bitPattern.littleEndian
                output += [UInt8(truncatingIfNeeded: bits), UInt8(truncatingIfNeeded: bits >> 8),
                           UInt8(truncatingIfNeeded: bits >> 16), UInt8(truncatingIfNeeded: bits >> 24)]
            }
        }
        return output
    }

    /// The tensors and metadata in `bytes`; every field is checked and errors name `file` and the tensor.
    /// Every tensor must be F32 (as Digitbook writes them).
    public static func read(_ bytes: [UInt8], file: String) throws(FileError) -> (tensors: [String: Tensor], metadata: [String: String]) {
        let contents = try decode(bytes, file: file, converting: false)
        return (contents.tensors, contents.metadata)
    }

    /// Like `read`, for files from other tools: F64, F16 and BF16 tensors are converted to Float, and integer or
    /// boolean tensors (PyTorch's `num_batches_tracked`) are left out and named in `skipped`.
    public static func readConverting(_ bytes: [UInt8], file: String) throws(FileError)
        -> (tensors: [String: Tensor], metadata: [String: String], skipped: [String]) {
        try decode(bytes, file: file, converting: true)
    }

    /// Bytes per element of each dtype, and whether it holds real numbers.
    private static let dtypes: [String: (size: Int, real: Bool)] = [
        "F32": (4, true), "F64": (8, true), "F16": (2, true), "BF16": (2, true), "I64": (8, false), "I32": (4, false),
        "I16": (2, false), "I8": (1, false), "U8": (1, false), "BOOL": (1, false),
    ]

    private static func decode(_ bytes: [UInt8], file: String, converting: Bool) throws(FileError)
        -> (tensors: [String: Tensor], metadata: [String: String], skipped: [String]) {
        func fail(_ detail: String) -> FileError { FileError(path: file, kind: .unreadable,
            detail: "not a valid safetensors file: \(detail)") }
        guard bytes.count >= 8 else { throw fail("\(bytes.count) bytes, too short for the header length") }
        let length = bytes[0..<8].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        guard length <= UInt64(bytes.count - 8), length <= 100_000_000 else { throw fail("header length \(length) is past the end "
            + "of the file") }
        let dataStart = 8 + Int(length)
        guard let json = try? JSONSerialization.jsonObject(with: Data(bytes[8..<dataStart])), let header = json as? [String: Any] else {
            throw fail("the header is not a JSON object")
        }
        var metadata: [String: String] = [:]
        var tensors: [String: Tensor] = [:]
        var skipped: [String] = []
        for (name, value) in header {
            if name == "__metadata__" {
                guard let entries = value as? [String: String] else { throw fail("__metadata__ must map strings to strings") }
                metadata = entries
                continue
            }
            guard let info = value as? [String: Any], let dtype = info["dtype"] as? String,
                  let shapeValues = info["shape"] as? [Any], let offsetValues = info["data_offsets"] as? [Any],
                  offsetValues.count == 2 else {
                throw fail("tensor \"\(name)\" lacks dtype, shape or data_offsets")
            }
            guard let kind = dtypes[dtype], converting || dtype == "F32" else {
                throw fail("tensor \"\(name)\" has dtype \(dtype); Digitbook reads \(converting ? "F32, F64, F16 and BF16" : "F32")")
            }
            let shape = shapeValues.compactMap(Self.wholeNumber), offsets = offsetValues.compactMap(Self.wholeNumber)
            guard shape.count == shapeValues.count, offsets.count == 2 else {
                throw fail("tensor \"\(name)\": shape and data_offsets must be whole numbers from 0 to 2^53")
            }
            let available = bytes.count - dataStart
            guard let count = Self.product(shape), count <= available / kind.size, offsets[0] <= offsets[1], offsets[1] <= available,
                  offsets[1] - offsets[0] == count * kind.size else {
                throw fail("tensor \"\(name)\": shape \(shape) and data_offsets \(offsets) do not fit the file")
            }
            guard kind.real else {
                skipped.append(name)
                continue
            }
            let scalars = Self.floats(bytes, from: dataStart + offsets[0], count: count, dtype: dtype)
            if let bad = scalars.firstIndex(where: { !$0.isFinite }) {
                throw fail("tensor \"\(name)\" holds \(scalars[bad]) at index \(bad); weights must be finite numbers")
            }
            tensors[name] = Tensor(shape: shape, scalars: scalars)
        }
        return (tensors, metadata, skipped.sorted())
    }

    /// `count` little-endian values of `dtype` (F32, F64, F16 or BF16) from `base`, as Float.
    private static func floats(_ bytes: [UInt8], from base: Int, count: Int, dtype: String) -> [Float] {
        func word(_ at: Int, _ size: Int) -> UInt64 {
            (0..<size).reduce(UInt64(0)) { $0 | UInt64(bytes[at + $1]) << UInt64(8 * $1) }
        }
        switch dtype {
        case "F64": return (0..<count).map { Float(Double(bitPattern: word(base + $0 * 8, 8))) }
        case "F16": return (0..<count).map { Float(Float16(bitPattern: UInt16(word(base + $0 * 2, 2)))) }
        case "BF16": return (0..<count).map { Float(bitPattern: UInt32(word(base + $0 * 2, 2)) << 16) }
        default:
            var scalars = [Float](repeating: 0, count: count)
            for index in 0..<count {
                let at = base + index * 4
                let bits = UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
                scalars[index] = Float(bitPattern: bits)
            }
            return scalars
        }
    }

    /// `value` as an Int when it is a JSON number with no fractional part, from 0 to 2^53.
    private static func wholeNumber(_ value: Any) -> Int? {
        guard let number = value as? NSNumber else { return nil }
        let real = number.doubleValue
        guard real.isFinite, real >= 0, real <= 9_007_199_254_740_992, real.rounded(.towardZero) == real else { return nil }
        return Int(real)
    }

    /// The product of `factors`, or nil when it overflows.
    private static func product(_ factors: [Int]) -> Int? {
        var result = 1
        for factor in factors {
            let (next, overflow) = result.multipliedReportingOverflow(by: factor)
            guard !overflow else { return nil }
            result = next
        }
        return result
    }
}
