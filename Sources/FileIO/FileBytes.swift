import Foundation

/// Reading whole files into memory, with clear errors and a size limit.
public enum FileBytes {
    /// The bytes of the file at `path`; files larger than `limit` bytes are refused before reading.
    public static func read(_ path: String, limit: Int = 1 << 31) throws(FileError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw FileError(path: path, kind: .notFound, detail: "no such file")
        }
        guard !isDirectory.boolValue else {
            throw FileError(path: path, kind: .isDirectory, detail: "is a directory, not a file")
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size <= limit else {
            throw FileError(path: path, kind: .tooLarge, detail: "file is \(size) bytes, over the limit of \(limit)")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw FileError(path: path, kind: .unreadable, detail: "cannot be opened for reading (permissions?)")
        }
        defer { try? handle.close() }
        do {
            let data = try handle.readToEnd() ?? Data()
            guard data.count <= limit else {
                throw FileError(path: path, kind: .tooLarge, detail: "file is over the limit of \(limit) bytes")
            }
            return [UInt8](data)
        } catch let error as FileError {
            throw error
        } catch {
            throw FileError(path: path, kind: .unreadable, detail: "read failed: \(error.localizedDescription)")
        }
    }
}
