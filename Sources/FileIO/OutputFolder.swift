import Foundation

/// The one rule for a folder a command writes into: it must be new, empty, or one the same command wrote before,
/// holding nothing the command did not write. Such a folder carries a marker, `.digitbook-output`, naming the command
/// and every file it wrote; a file beside them (an instructor's notes) makes the folder someone else's.
public struct OutputFolder: Sendable {
    /// The marker's file name.
    public static let markerName = ".digitbook-output"

    public let path: String
    /// Who writes it, as the marker records it ("grade", "run", "evaluate").
    public let owner: String
    /// What the folder is for, in the user's words ("the output folder (--out)").
    public let role: String

    public init(_ path: String, owner: String, role: String) {
        self.path = path
        self.owner = owner
        self.role = role
    }

    /// Throws unless the folder may be written: see the type's rule. Nothing is created.
    public func check() throws(FileError) {
        try WritableFolder.check(path, role: role)
        guard FileManager.default.fileExists(atPath: path) else { return }
        let present = try Self.files(in: path)
        guard !present.isEmpty else { return }
        let advice = "give a new or empty folder, which Digitbook then owns"
        guard present.contains(Self.markerName) else {
            throw FileError(path: path, kind: .conflict,
                            detail: "\(role) holds files Digitbook did not write (\(Self.list(present))); \(advice)")
        }
        let marker = try Marker.read(from: (path as NSString).appendingPathComponent(Self.markerName))
        guard marker.owner == owner else {
            throw FileError(path: path, kind: .conflict,
                            detail: "\(role) was written by another command (digitbook \(marker.owner)); \(advice)")
        }
        let foreign = present.filter { $0 != Self.markerName && !marker.files.contains($0) && !Self.isLeftover($0) }
        guard foreign.isEmpty else {
            throw FileError(path: path, kind: .conflict, detail: "\(role) holds files that digitbook \(owner) did not write "
                + "(\(Self.list(foreign))); move them elsewhere, or \(advice)")
        }
    }

    /// Writes the folder whole: checks it (see the type's rule), lets `fill` write a staging folder beside it, records
    /// what was written, and swaps the staging folder into place; on any failure the folder stays as it was.
    public func replace(_ fill: (String) throws(FileError) -> Void) throws(FileError) {
        try check()
        try FolderReplacement(path).replace { staging throws(FileError) in
            try fill(staging)
            try seal(staging)
        }
    }

    /// Records every file now in `folder` (this folder, or a staging copy that will take its place) as written by
    /// the owner, so that a later run may replace them.
    public func seal(_ folder: String? = nil) throws(FileError) {
        let target = folder ?? path
        let files = try Self.files(in: target).filter { $0 != Self.markerName && !Self.isLeftover($0) }
        try AtomicFile.write(Marker(owner: owner, files: files).text, to: (target as NSString).appendingPathComponent(Self.markerName))
    }

    /// Every file below `folder`, as paths relative to it, sorted; links are listed, not followed.
    static func files(in folder: String) throws(FileError) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else {
            throw FileError(path: folder, kind: .unreadable, detail: "cannot be listed")
        }
        var files: [String] = []
        while let relative = walker.nextObject() as? String {
            let type = walker.fileAttributes?[.type] as? FileAttributeType
            if type != .typeDirectory { files.append(relative) }
        }
        return files.sorted()
    }

    /// Temporary files of an interrupted atomic write or folder replacement (`.NAME.partial-PID`).
    private static func isLeftover(_ relative: String) -> Bool {
        relative.split(separator: "/").contains { $0.hasPrefix(".") && ($0.contains(".partial-") || $0.contains(".old-")) }
    }

    private static func list(_ names: [String]) -> String {
        names.prefix(3).joined(separator: ", ") + (names.count > 3 ? ", … \(names.count) in all" : "")
    }
}

/// The marker's contents: the owner on the first line, then one written file per line.
struct Marker {
    let owner: String
    let files: Set<String>

    init(owner: String, files: [String]) {
        self.owner = owner
        self.files = Set(files)
    }

    var text: String { (["digitbook \(owner)"] + files.sorted()).joined(separator: "\n") + "\n" }

    static func read(from path: String) throws(FileError) -> Marker {
        let bytes = try FileBytes.read(path, limit: 16 << 20)
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)
        guard let first = lines.first, first.hasPrefix("digitbook ") else {
            throw FileError(path: path, kind: .unreadable, detail: "is not a Digitbook output marker")
        }
        return Marker(owner: String(first.dropFirst("digitbook ".count)), files: Array(lines.dropFirst()))
    }
}
