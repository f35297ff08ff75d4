import Foundation

/// A fresh directory under the system's temporary folder, removed when the value is released.
public final class TemporaryDirectory: Sendable {
    public let path: String

    public init(_ label: String = "digitbook-test") {
        let name = "\(label)-\(UUID().uuidString)"
        path = (NSTemporaryDirectory() as NSString).appendingPathComponent(name)
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// A fresh directory inside `parent` (created if needed) rather than the temporary folder: for a Slurm cache,
    /// which Digitbook refuses under /tmp.
    public init(_ label: String, in parent: String) {
        path = (parent as NSString).appendingPathComponent("\(label)-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// The path of `name` inside this directory.
    public func file(_ name: String) -> String {
        (path as NSString).appendingPathComponent(name)
    }

    /// Writes `bytes` to `name` inside this directory and returns its path.
    @discardableResult
    public func write(_ bytes: [UInt8], to name: String) -> String {
        let target = file(name)
        _ = FileManager.default.createFile(atPath: target, contents: Data(bytes))
        return target
    }

    /// The names of the entries in this directory (or in `subfolder` of it), sorted.
    public func entries(in subfolder: String = "") -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: file(subfolder))) ?? []).sorted()
    }
}
