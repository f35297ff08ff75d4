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
    public static func read(_ bytes: [UInt8], file: String) throws(FileError) -> (tensors: [String: Tensor], metadata: [String: String]) {
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
            guard dtype == "F32" else { throw fail("tensor \"\(name)\" has dtype \(dtype); Digitbook reads F32") }
            let shape = shapeValues.compactMap(Self.wholeNumber), offsets = offsetValues.compactMap(Self.wholeNumber)
            guard shape.count == shapeValues.count, offsets.count == 2 else {
                throw fail("tensor \"\(name)\": shape and data_offsets must be whole numbers from 0 to 2^53")
            }
            let available = bytes.count - dataStart
            guard let count = Self.product(shape), count <= available / 4, offsets[0] <= offsets[1], offsets[1] <= available,
                  offsets[1] - offsets[0] == count * 4 else {
                throw fail("tensor \"\(name)\": shape \(shape) and data_offsets \(offsets) do not fit the file")
            }
            var scalars = [Float](repeating: 0, count: count)
            let base = dataStart + offsets[0]
            for index in 0..<count {
                let at = base + index * 4
                let bits = UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
                scalars[index] = Float(bitPattern: bits)
            }
            if let bad = scalars.firstIndex(where: { !$0.isFinite }) {
                throw fail("tensor \"\(name)\" holds \(scalars[bad]) at index \(bad); weights must be finite numbers")
            }
            tensors[name] = Tensor(shape: shape, scalars: scalars)
        }
        return (tensors, metadata)
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
