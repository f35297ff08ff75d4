import Foundation

/// What a preview watches, as it stands now: each file's size, modification time and inode (a missing file is nil),
/// so an edit, a replacement by rename (how editors save) or a deletion all read as a change.
struct FileSnapshot: Equatable, Sendable {
    struct Stamp: Equatable, Sendable {
        let size: Int64
        let modified: Double
        let inode: UInt64
    }

    let stamps: [String: Stamp?]

    init(_ paths: [String]) {
        var stamps: [String: Stamp?] = [:]
        for path in paths {
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else {
                stamps[path] = .some(nil)
                continue
            }
            let size = (attributes[.size] as? NSNumber)?.int64Value ?? -1
            let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            let inode = (attributes[.systemFileNumber] as? NSNumber)?.uint64Value ?? 0
            stamps[path] = Stamp(size: size, modified: modified, inode: inode)
        }
        self.stamps = stamps
    }

    private init(stamps: [String: Stamp?]) {
        self.stamps = stamps
    }

    var paths: [String] { stamps.keys.sorted() }

    /// This snapshot over `paths`: the stamps it has for those it holds, the current ones for the others, so that the
    /// files a render read joining what is watched is not a change in itself. A newly watched file modified after
    /// `since` (while the render that read it ran, perhaps after it was read) gets no stamp, so it reads as changed.
    func covering(_ paths: [String], since: Double = .infinity) -> FileSnapshot {
        let fresh = FileSnapshot(paths.filter { stamps[$0] == nil })
        return FileSnapshot(stamps: Dictionary(uniqueKeysWithValues: paths.map { path in
            if let known = stamps[path] { return (path, known) }
            guard let stamp = fresh.stamps[path] ?? nil else { return (path, nil) }
            return (path, stamp.modified >= since ? Stamp(size: -1, modified: 0, inode: 0) : stamp)
        }))
    }
}
