import Foundation

/// Absolute paths with `.`, `..` and symbolic links resolved, also for paths that do not exist yet.
public enum CanonicalPath {
    /// The real path of `path`: its longest existing ancestor resolved by realpath(3), the rest appended as written.
    public static func of(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var components = (absolute as NSString).standardizingPath.split(separator: "/", omittingEmptySubsequences: true)
            .map(String.init)
        var rest: [String] = []
        while true {
            let prefix = "/" + components.joined(separator: "/")
            if let real = realPath(prefix) {
                let joined = ([real == "/" ? "" : real] + rest.reversed()).joined(separator: "/")
                return joined.isEmpty ? "/" : joined
            }
            guard let last = components.popLast() else { return "/" + rest.reversed().joined(separator: "/") }
            rest.append(last)
        }
    }

    /// Whether `inner` is `outer` or lies inside it (both canonical).
    public static func isInside(_ inner: String, _ outer: String) -> Bool {
        inner == outer || inner.hasPrefix(outer == "/" ? "/" : outer + "/")
    }

    /// realpath(3), or nil when the path does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
