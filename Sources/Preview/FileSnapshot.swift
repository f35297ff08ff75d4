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
            var info = stat()
            guard stat(path, &info) == 0 else {
                stamps[path] = .some(nil)
                continue
            }
            let modified = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
            stamps[path] = Stamp(size: Int64(info.st_size), modified: modified, inode: UInt64(info.st_ino))
        }
        self.stamps = stamps
    }

    var paths: [String] { stamps.keys.sorted() }

    /// This snapshot over `paths`: the stamps it has for those it holds, the current ones for the others. After a render
    /// adds the files it read to what is watched, they are not a change in themselves.
    func covering(_ paths: [String]) -> FileSnapshot {
        let fresh = FileSnapshot(paths.filter { stamps[$0] == nil })
        return FileSnapshot(stamps: Dictionary(uniqueKeysWithValues: paths.map { ($0, stamps[$0] ?? fresh.stamps[$0] ?? nil) }))
    }

    private init(stamps: [String: Stamp?]) {
        self.stamps = stamps
    }
}
