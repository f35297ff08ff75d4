#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading whole files into memory: the one way Digitbook reads a file that a user named.
///
/// Only regular files are read (a device such as /dev/zero, a FIFO or a socket is refused before a byte is read,
/// and opening never blocks on one), and never more than `limit` bytes, however large the file says it is or grows.
public enum FileBytes {
    /// The bytes of the file at `path`; files larger than `limit` bytes are refused.
    public static func read(_ path: String, limit: Int = 1 << 31) throws(FileError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw openError(path, errno) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw FileError(path: path, kind: .unreadable, detail: "cannot be examined (\(describe(errno)))")
        }
        let type = status.st_mode & S_IFMT
        guard type != S_IFDIR else { throw FileError(path: path, kind: .isDirectory, detail: "is a directory, not a file") }
        guard type == S_IFREG else {
            throw FileError(path: path, kind: .notRegular, detail: "is not a regular file (a device, pipe or socket); give a file")
        }
        let size = Int(status.st_size)
        guard size <= limit else {
            throw FileError(path: path, kind: .tooLarge, detail: "file is \(size) bytes, over the limit of \(limit)")
        }
        return try readAll(descriptor, path: path, expected: size, limit: limit)
    }

    /// Reads until end of file, refusing more than `limit` bytes (a file can grow while it is read).
    private static func readAll(_ descriptor: Int32, path: String, expected: Int, limit: Int) throws(FileError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: min(limit, expected) + 1)
        var count = 0
        while true {
            if count == bytes.count {
                guard count <= limit else {
                    throw FileError(path: path, kind: .tooLarge, detail: "file is over the limit of \(limit) bytes")
                }
                bytes.append(contentsOf: repeatElement(0, count: min(limit + 1 - count, max(count, 1 << 16))))
            }
            let got = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return systemRead(descriptor, base + count, buffer.count - count)
            }
            if got == 0 { break }
            if got < 0 {
                if errno == EINTR { continue }
                throw FileError(path: path, kind: .unreadable, detail: "read failed (\(describe(errno)))")
            }
            count += got
        }
        guard count <= limit else { throw FileError(path: path, kind: .tooLarge, detail: "file is over the limit of \(limit) bytes") }
        bytes.removeSubrange(count...)
        return bytes
    }

    private static func openError(_ path: String, _ code: Int32) -> FileError {
        switch code {
        case ENOENT, ENOTDIR: FileError(path: path, kind: .notFound, detail: "no such file")
        case EACCES, EPERM: FileError(path: path, kind: .unreadable, detail: "cannot be opened for reading (permission denied)")
        default: FileError(path: path, kind: .unreadable, detail: "cannot be opened for reading (\(describe(code)))")
        }
    }

    /// The C library's words for an error number.
    static func describe(_ code: Int32) -> String { String(cString: strerror(code)) }
}

/// read(2), named apart from `FileBytes.read`.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.read(descriptor, buffer, count)
    #else
    Darwin.read(descriptor, buffer, count)
    #endif
}
