import Foundation

/// Which files a report may read: those inside its own folder, and inside folders the user allowed with
/// `--allow-outside`. A report from someone else cannot read `/etc/hostname` or `~/.ssh` into its page.
struct ReadablePaths: Sendable {
    /// The report's folder; relative paths in cells and prose start here.
    let sourceDirectory: String
    /// Folders outside the report's that the user allowed.
    let allowedOutside: [String]

    init(sourceDirectory: String, allowedOutside: [String] = []) {
        self.sourceDirectory = sourceDirectory
        self.allowedOutside = allowedOutside
    }

    /// The path of `path` (relative to the report's folder unless absolute), or an error saying why it may not be read.
    func resolve(_ path: String) -> Result<String, CellFailure> {
        let full = path.hasPrefix("/") ? path : (sourceDirectory as NSString).appendingPathComponent(path)
        let real = Self.canonical(full)
        for root in [sourceDirectory] + allowedOutside {
            let base = Self.canonical(root)
            if real == base || real.hasPrefix(base.hasSuffix("/") ? base : base + "/") { return .success(full) }
        }
        return .failure(CellFailure(
            "\(path) is outside the report's folder \(Self.canonical(sourceDirectory)); a report reads only its own files unless you "
                + "pass --allow-outside \((real as NSString).deletingLastPathComponent)"))
    }

    /// The absolute path with `.`, `..` and symbolic links resolved.
    static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
