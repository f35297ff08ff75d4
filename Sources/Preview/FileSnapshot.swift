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
}
