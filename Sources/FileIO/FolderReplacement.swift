import Foundation

/// Replacing a whole folder at once: the new contents are written into a staging folder beside it, which then takes
/// the old folder's place by rename. A failure at any point leaves the old folder as it was.
public struct FolderReplacement: Sendable {
    public let path: String

    public init(_ path: String) {
        self.path = path
    }

    /// Calls `fill` with an empty staging folder, then swaps it into `path`; the staging folder is removed on failure.
    public func replace(_ fill: (String) throws(FileError) -> Void) throws(FileError) {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        let parent = url.deletingLastPathComponent().path
        let staging = (parent as NSString).appendingPathComponent(".\(url.lastPathComponent).partial-\(getpid())")
        let retired = (parent as NSString).appendingPathComponent(".\(url.lastPathComponent).old-\(getpid())")
        try? FileManager.default.removeItem(atPath: staging)
        do {
            try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
        } catch {
            throw FileError(path: path, kind: .unwritable, detail: "cannot create a folder beside it: \(error.localizedDescription)")
        }
        do {
            try fill(staging)
        } catch {
            try? FileManager.default.removeItem(atPath: staging)
            throw error
        }
        let existed = FileManager.default.fileExists(atPath: url.path)
        if existed {
            guard rename(url.path, retired) == 0 else {
                try? FileManager.default.removeItem(atPath: staging)
                throw FileError(path: path, kind: .unwritable, detail: "the old folder could not be moved aside (errno \(errno))")
            }
        }
        guard rename(staging, url.path) == 0 else {
            let code = errno
            if existed { _ = rename(retired, url.path) }
            try? FileManager.default.removeItem(atPath: staging)
            throw FileError(path: path, kind: .unwritable, detail: "the new folder could not be moved into place (errno \(code))")
        }
        if existed { try? FileManager.default.removeItem(atPath: retired) }
    }
}
