import CZlibSystem

/// Reads and writes gzip data in memory through zlib.
public enum Gzip {
    /// Whether `bytes` start with the gzip magic number (1f 8b).
    public static func isCompressed(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
    }

    /// Decompresses a whole gzip file (several concatenated members are read as one).
    ///
    /// - Parameter limit: the most uncompressed bytes accepted; more is an error, not a crash.
    public static func decompress(_ bytes: [UInt8], limit: Int = 1 << 31) throws(GzipError) -> [UInt8] {
        try inflateStream(bytes, limit: limit, prefixOnly: false)
    }

    /// The first `count` uncompressed bytes (fewer when the data is shorter), inflating no more than that: enough to
    /// read a header that says how large the whole must be.
    public static func decompressedPrefix(_ bytes: [UInt8], count: Int) throws(GzipError) -> [UInt8] {
        try inflateStream(bytes, limit: count, prefixOnly: true)
    }

    /// Inflates up to `limit` bytes: past that, an error, or with `prefixOnly` the bytes so far.
    private static func inflateStream(_ bytes: [UInt8], limit: Int, prefixOnly: Bool) throws(GzipError) -> [UInt8] {
        guard isCompressed(bytes) else { throw GzipError(.corrupt, "not gzip data (no 1f 8b header)") }
        let stream = try ZStream(.inflate)
        var output = [UInt8](repeating: 0, count: max(1, min(limit, initialCapacity(for: bytes))))
        var produced = 0
        let result: Result<Int, GzipError> = bytes.withUnsafeBufferPointer { input in
            guard let base = input.baseAddress else { return .failure(GzipError(.truncated, "empty input")) }
            let z = stream.pointer
            z.pointee.next_in = UnsafeMutablePointer(mutating: base)
            z.pointee.avail_in = UInt32(clamping: input.count)
            while true {
                if produced == output.count {
                    if prefixOnly && produced >= limit { return .success(produced) }
                    guard output.count < limit else {
                        return .failure(GzipError(.tooLarge, "uncompressed data exceeds \(limit) bytes"))
                    }
                    output.append(contentsOf: repeatElement(0, count: min(limit - output.count, max(output.count, 1 << 16))))
                }
                let status: Int32 = output.withUnsafeMutableBufferPointer { out in
                    guard let start = out.baseAddress else { return Z_MEM_ERROR }
                    z.pointee.next_out = start + produced
                    z.pointee.avail_out = UInt32(clamping: out.count - produced)
                    let before = z.pointee.avail_out
                    let status = inflate(z, Z_NO_FLUSH)
                    produced += Int(before - z.pointee.avail_out)
                    return status
                }
                switch status {
                case Z_OK:
                    continue
                case Z_STREAM_END:
                    let remaining = Int(z.pointee.avail_in)
                    if remaining == 0 { return .success(produced) }
                    let next = input.count - remaining
                    guard remaining >= 2, input[next] == 0x1F, input[next + 1] == 0x8B else {
                        return .failure(GzipError(.trailingData, "\(remaining) bytes of non-gzip data after the end of the stream"))
                    }
                    inflateReset(z)
                case Z_BUF_ERROR where z.pointee.avail_in == 0:
                    return .failure(GzipError(.truncated,
                        "truncated: the data ends before the gzip stream does (\(produced) bytes decompressed)"))
                case Z_BUF_ERROR:
                    continue  // output full; grown on the next pass
                case Z_DATA_ERROR:
                    return .failure(GzipError(.corrupt, "corrupt gzip data: \(stream.message(for: status))"))
                default:
                    return .failure(GzipError(.internalFailure, "zlib failed: \(stream.message(for: status))"))
                }
            }
        }
        let count = try result.get()
        output.removeSubrange(count...)
        return output
    }

    /// Compresses `bytes` into a gzip file with a fixed header, so equal input gives equal output.
    public static func compress(_ bytes: [UInt8], level: Int = 6) throws(GzipError) -> [UInt8] {
        let stream = try ZStream(.deflate(level: Int32(max(0, min(9, level)))))
        let z = stream.pointer
        var output = [UInt8](repeating: 0, count: Int(deflateBound(z, UInt(bytes.count))) + 32)
        let status: Int32 = bytes.withUnsafeBufferPointer { input in
            output.withUnsafeMutableBufferPointer { out in
                z.pointee.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
                z.pointee.avail_in = UInt32(clamping: input.count)
                z.pointee.next_out = out.baseAddress
                z.pointee.avail_out = UInt32(clamping: out.count)
                return deflate(z, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else {
            throw GzipError(.internalFailure, "zlib could not compress: \(stream.message(for: status))")
        }
        output.removeSubrange(Int(z.pointee.total_out)...)
        return output
    }

    /// A first guess for the output buffer: the size stored in the gzip trailer (modulo 2^32), but never more than
    /// eight times the compressed size, since a truncated or hostile file's trailer can claim anything. The buffer
    /// grows from there as the data really decompresses.
    static func initialCapacity(for bytes: [UInt8]) -> Int {
        let n = bytes.count
        let floor = 1 << 16
        guard n >= 18 else { return floor }
        let stored = Int(bytes[n - 4]) | Int(bytes[n - 3]) << 8 | Int(bytes[n - 2]) << 16 | Int(bytes[n - 1]) << 24
        return max(floor, min(stored, n.multipliedReportingOverflow(by: 8).partialValue))
    }
}
