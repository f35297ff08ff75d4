/// How one file of a local copy compares with its manifest entry.
public struct FileCheck: Equatable, Sendable {
    /// The outcome of the comparison.
    public enum Status: String, Equatable, Sendable {
        /// The SHA-256 equals the manifest's.
        case matches
        /// The SHA-256 differs from the manifest's: the file is used, with a warning.
        case differs
        /// The file is an uncompressed copy, so the manifest's digest (of the .gz) does not apply.
        case uncompressed
    }

    public let entry: DatasetManifest.File
    public let path: String
    public let status: Status
    public let sha256: String
    public let bytes: Int
    /// The number of images or labels the file holds.
    public let count: Int

    /// A warning for the user when the file is not the published one, else nil.
    public var warning: String? { Self.warning(status, path: path, sha256: sha256, entry: entry) }

    /// The warning for a file at `path` with digest `sha256` whose comparison with `entry` gave `status`, else nil.
    static func warning(_ status: Status, path: String, sha256: String, entry: DatasetManifest.File) -> String? {
        switch status {
        case .matches:
            return nil
        case .differs:
            return "\(path): SHA-256 \(sha256) differs from the manifest's \(entry.sha256); using the file as it is"
        case .uncompressed:
            return "\(path): uncompressed copy, so it cannot be checked against the manifest's digest of \(entry.name)"
        }
    }
}
