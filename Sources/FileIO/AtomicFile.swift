import Foundation

/// Writing files so that a reader never sees half of one: write a temporary sibling, then rename.
public enum AtomicFile {
    /// Writes `bytes` to `path`, replacing any file there only once the new one is complete.
    public static func write(_ bytes: [UInt8], to path: String) throws(FileError) {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw FileError(path: path, kind: .unwritable, detail: "its folder \(directory.path) does not exist")
        }
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).partial-\(getpid())")
        do {
            try Data(bytes).write(to: temporary)
            // rename(2) replaces the target in one step on the same file system.
            guard rename(temporary.path, path) == 0 else {
                throw FileError(path: path, kind: .unwritable, detail: "could not be renamed into place (errno \(errno))")
            }
        } catch let error as FileError {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw FileError(path: path, kind: .unwritable, detail: "could not be written: \(error.localizedDescription)")
        }
    }

    /// Writes UTF-8 `text` to `path` atomically.
    public static func write(_ text: String, to path: String) throws(FileError) {
        try write(Array(text.utf8), to: path)
    }
}
