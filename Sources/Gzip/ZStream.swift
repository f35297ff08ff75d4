import CZlibSystem

/// Owns one zlib stream: allocated at a fixed address (zlib checks that it never moves),
/// initialised for inflating or deflating, and ended exactly once in `deinit`.
final class ZStream {
    enum Mode { case inflate, deflate(level: Int32) }

    let pointer: UnsafeMutablePointer<z_stream>
    private let mode: Mode

    /// Initialises a stream that reads or writes the gzip wrapper (and, when inflating, zlib too).
    init(_ mode: Mode) throws(GzipError) {
        self.mode = mode
        pointer = .allocate(capacity: 1)
        pointer.initialize(to: z_stream())
        let size = Int32(MemoryLayout<z_stream>.size)
        let status: Int32
        switch mode {
        case .inflate:
            // 15 + 32: the largest window, with automatic gzip or zlib header detection.
            status = inflateInit2_(pointer, 15 + 32, zlibVersion(), size)
        case .deflate(let level):
            // 15 + 16: the largest window, written with a gzip header (mtime 0, so output is reproducible).
            status = deflateInit2_(pointer, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY, zlibVersion(), size)
        }
        guard status == Z_OK else {
            pointer.deinitialize(count: 1)
            pointer.deallocate()
            throw GzipError(.internalFailure, "zlib could not start a stream (status \(status))")
        }
    }

    deinit {
        switch mode {
        case .inflate: inflateEnd(pointer)
        case .deflate: deflateEnd(pointer)
        }
        pointer.deinitialize(count: 1)
        pointer.deallocate()
    }

    /// zlib's message for the last error, or a fallback naming the status.
    func message(for status: Int32) -> String {
        if let text = pointer.pointee.msg { return String(cString: text) }
        return "zlib status \(status)"
    }
}
