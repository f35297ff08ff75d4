import Foundation

/// The one rule for reading from a folder a user named (the server's reports, a class's submissions): only regular
/// files and folders that really lie inside it, symbolic links resolved, and no hidden names.
///
/// A path is refused when any of its components, as written or as resolved, starts with a dot (`.env`, `.git/`),
/// when it holds a NUL, when it resolves outside the folder (or, with `links: .refused`, through any symbolic link at
/// all), and when it names a device, pipe or socket. Refusals are `FileError`s: `.notAllowed` for the rule itself,
/// `.notFound`, `.isDirectory` or `.notRegular` for what is (not) there, `.unreadable` for a folder that cannot be listed.
public struct ContainedFolder: Sendable {
    /// What to do with symbolic links inside the folder.
    public enum LinkRule: Sendable {
        /// Followed when they lead to a place inside the folder.
        case inside
        /// Never followed: a link is refused wherever it leads (each entry is then read once, under its own name).
        case refused
    }

    /// One visible entry of a folder.
    public struct Entry: Equatable, Sendable {
        public enum Kind: Equatable, Sendable { case file, folder }
        public let name: String
        /// The path to read the entry by (see `file(_:)`).
        public let path: String
        public let kind: Kind
    }

    /// The folder as the user named it.
    public let path: String
    /// The folder's canonical path.
    public let realPath: String
    public let links: LinkRule

    public init(_ path: String, links: LinkRule = .inside) {
        self.path = path
        realPath = CanonicalPath.of(path)
        self.links = links
    }

    /// The path of the regular file `relative` names inside the folder: as joined to the folder's path with
    /// `links: .refused`, and resolved with `links: .inside`.
    public func file(_ relative: String) throws(FileError) -> String {
        try resolve(relative, kind: .file)
    }

    /// The path of the folder `relative` names inside this one ("" for this one).
    public func folder(_ relative: String) throws(FileError) -> String {
        try resolve(relative, kind: .folder)
    }

    /// The entries of the folder `relative` names that may be read, sorted by name, and those refused with the reason.
    public func entries(_ relative: String = "") throws(FileError) -> (visible: [Entry], refused: [(name: String, reason: String)]) {
        let base = try folder(relative)
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: base).sorted()
        } catch {
            throw FileError(path: base, kind: .unreadable, detail: "cannot be listed: \(error.localizedDescription)")
        }
        var visible: [Entry] = []
        var refused: [(String, String)] = []
        for name in names where !name.hasPrefix(".") {
            let inner = relative.isEmpty ? name : relative + "/" + name
            do throws(FileError) {
                let path = try resolve(inner, kind: nil)
                var isFolder: ObjCBool = false
                _ = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
                visible.append(Entry(name: name, path: path, kind: isFolder.boolValue ? .folder : .file))
            } catch {
                refused.append((name, error.detail))
            }
        }
        return (visible, refused)
    }

    /// Checks `relative` against the rule; `kind` nil accepts a file or a folder.
    private func resolve(_ relative: String, kind: Entry.Kind?) throws(FileError) -> String {
        let shown = relative.isEmpty ? path : (path as NSString).appendingPathComponent(relative)
        guard !relative.unicodeScalars.contains("\0") else { throw FileError(path: shown, kind: .notAllowed, detail: "holds a NUL") }
        let parts = relative.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        if let hidden = parts.first(where: { $0.hasPrefix(".") }) {
            let detail = hidden == ".." ? "leads out of its folder" : "is hidden (\(hidden)); hidden files are never read"
            throw FileError(path: shown, kind: .notAllowed, detail: detail)
        }
        let joined = ([realPath] + parts).joined(separator: "/")
        guard let real = CanonicalPath.realPath(joined) else { throw FileError(path: shown, kind: .notFound, detail: "no such file") }
        // Where a link leads is not said: the message may reach someone who should not learn the machine's paths.
        if links == .refused, real != (parts.isEmpty ? realPath : joined) {
            throw FileError(path: shown, kind: .notAllowed, detail: "is a symbolic link; give the file itself")
        }
        guard CanonicalPath.isInside(real, realPath) else {
            throw FileError(path: shown, kind: .notAllowed, detail: "is a link that leads outside \(path)")
        }
        let within = real.dropFirst(realPath.count).split(separator: "/")
        if let hidden = within.first(where: { $0.hasPrefix(".") }) {
            throw FileError(path: shown, kind: .notAllowed, detail: "leads to a hidden name (\(hidden)); hidden files are never read")
        }
        var status = stat()
        guard stat(real, &status) == 0 else { throw FileError(path: shown, kind: .notFound, detail: "no such file") }
        switch status.st_mode & S_IFMT {
        // A followed link is read through its resolved path, so that swapping the link afterwards changes nothing.
        case S_IFREG where kind != .folder, S_IFDIR where kind != .file: return links == .inside ? real : shown
        case S_IFDIR: throw FileError(path: shown, kind: .isDirectory, detail: "is a folder, not a file")
        case S_IFREG: throw FileError(path: shown, kind: .notRegular, detail: "is a file, not a folder")
        default: throw FileError(path: shown, kind: .notRegular, detail: "is not a regular file (a device, pipe or socket)")
        }
    }
}
