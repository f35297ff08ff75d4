import FileIO
import Foundation

/// Which files a report may read: those inside its own folder, and inside folders the user allowed with
/// `--allow-outside`, by the one rule every reader of a user's folder follows (`ContainedFolder`: regular files only,
/// symbolic links resolved, no hidden names). A report from someone else cannot read `/etc/hostname` or `~/.ssh`.
struct ReadablePaths: Sendable {
    /// The report's folder; relative paths in cells and prose start here.
    let sourceDirectory: String
    /// Folders outside the report's that the user allowed.
    let allowedOutside: [String]
    /// Every file resolved for reading, so that a preview knows what to watch besides the source.
    let reads = ReadLog()

    init(sourceDirectory: String, allowedOutside: [String] = []) {
        self.sourceDirectory = sourceDirectory
        self.allowedOutside = allowedOutside
    }

    /// The path to read `path` by (relative to the report's folder unless absolute), or an error saying why it may not
    /// be read.
    func resolve(_ path: String) -> Result<String, CellFailure> {
        let full = path.hasPrefix("/") ? path : (sourceDirectory as NSString).appendingPathComponent(path)
        let real = CanonicalPath.of(full)
        for root in [sourceDirectory] + allowedOutside {
            let folder = ContainedFolder(root)
            guard CanonicalPath.isInside(real, folder.realPath) else { continue }
            do {
                let file = try folder.file(String(real.dropFirst(folder.realPath.count).drop { $0 == "/" }))
                reads.add(file)
                return .success(file)
            } catch {
                reads.add(real)  // missing now, perhaps there after the next save: a preview watches for it
                return .failure(CellFailure("\(path): \(error.detail)"))
            }
        }
        reads.add(full)  // refused now, perhaps a file of the report's own after the next save
        return .failure(CellFailure(
            "\(path) is outside the report's folder \(CanonicalPath.of(sourceDirectory)); a report reads only its own files unless "
                + "you pass --allow-outside \((real as NSString).deletingLastPathComponent)"))
    }
}

/// The files a render resolved for reading, in the order first read; shared by the copies of one `ReadablePaths`.
final class ReadLog: @unchecked Sendable {
    private let lock = NSLock()
    private var files: [String] = []

    func add(_ file: String) {
        lock.withLock { if !files.contains(file) { files.append(file) } }
    }

    var all: [String] { lock.withLock { files } }
}
