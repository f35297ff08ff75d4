import Foundation

/// Checks, before any work starts, that an output folder can be written: it is a writable folder, or it does not
/// exist yet and its nearest existing parent is a writable folder. Nothing is created.
public enum WritableFolder {
    /// Throws, in words, when `path` cannot become or be a writable folder; `role` says what it is for ("the run folder").
    public static func check(_ path: String, role: String) throws(FileError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw FileError(path: path, kind: .unwritable, detail: "is a file, not a folder for \(role)")
            }
            guard FileManager.default.isWritableFile(atPath: path) else {
                throw FileError(path: path, kind: .unwritable, detail: "\(role) is not writable")
            }
            return
        }
        var parent = (path as NSString).deletingLastPathComponent
        while !parent.isEmpty, !FileManager.default.fileExists(atPath: parent, isDirectory: &isDirectory) {
            let up = (parent as NSString).deletingLastPathComponent
            if up == parent { break }
            parent = up
        }
        if parent.isEmpty { parent = "." }
        guard FileManager.default.fileExists(atPath: parent, isDirectory: &isDirectory), isDirectory.boolValue,
              FileManager.default.isWritableFile(atPath: parent) else {
            throw FileError(path: path, kind: .unwritable, detail: "\(role) cannot be created: \(parent) is not a writable folder")
        }
    }
}
