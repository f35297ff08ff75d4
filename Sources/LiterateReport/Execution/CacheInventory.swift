import FileIO
import Foundation

/// What a report cache holds: each entry with the build that computed it, its size and the reports whose latest render
/// used it; and which entries can go because another build made them or no current report uses them.
public struct CacheInventory: Sendable {
    /// One cached cell result.
    public struct Entry: Sendable, Equatable {
        public let key: String
        public let kind: String
        public let id: String
        /// The version and build that computed it (`0.2.0+3f2a9c1d0b7e4a55`).
        public let build: String
        public let bytes: Int
        /// The sources of the current reports whose latest render used it.
        public let reports: [String]
    }

    /// A report whose latest render used this cache.
    public struct Report: Sendable, Equatable {
        public let source: String
        /// Whether the source still exists; the entries of a report that is gone count as unused.
        public let exists: Bool
        public let entries: Int
    }

    public let directory: String
    public let entries: [Entry]
    public let reports: [Report]

    public var bytes: Int { entries.reduce(0) { $0 + $1.bytes } }

    /// Reads the cache folder `directory`: every entry (a folder named by its key with an `output.json`) and the
    /// records of which reports used which.
    public init(directory: String) throws(FileError) {
        self.directory = directory
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: directory, isDirectory: &isFolder), isFolder.boolValue else {
            throw FileError(path: directory, kind: .notFound, detail: "no cache folder here")
        }
        let uses = CacheUse.all(in: directory).values.sorted { $0.source < $1.source }
        let current = uses.filter { manager.fileExists(atPath: $0.source) }
        reports = uses.map { Report(source: $0.source, exists: manager.fileExists(atPath: $0.source), entries: $0.keys.count) }
        var entries: [Entry] = []
        for name in ((try? manager.contentsOfDirectory(atPath: directory)) ?? []).sorted() where Self.isKey(name) {
            let folder = (directory as NSString).appendingPathComponent(name)
            guard let output = ResultCache(directory: directory).lookup(name) else { continue }
            entries.append(Entry(key: name, kind: output.kind, id: output.id, build: output.digitbookVersion,
                                 bytes: Self.size(of: folder), reports: current.filter { $0.keys.contains(name) }.map(\.source)))
        }
        self.entries = entries
    }

    /// The entries that can go, each with why: computed by a build other than `build` (no render of this build will
    /// take it), or used by no current report.
    public func prunable(keeping build: String) -> [(entry: Entry, reason: String)] {
        entries.compactMap { entry in
            if entry.build != build { return (entry, "computed by another build, \(entry.build)") }
            if entry.reports.isEmpty { return (entry, "used by no current report") }
            return nil
        }
    }

    /// Removes the entries with `keys` (only folders that are cache entries); returns what could not be removed.
    public func remove(_ keys: [String]) -> [String] {
        keys.filter { key in
            guard Self.isKey(key), entries.contains(where: { $0.key == key }) else { return true }
            return (try? FileManager.default.removeItem(atPath: (directory as NSString).appendingPathComponent(key))) == nil
        }
    }

    /// Whether `name` is an entry's folder name: a key, 32 lower-case hexadecimal digits.
    static func isKey(_ name: String) -> Bool {
        name.count == 32 && name.allSatisfy { "0123456789abcdef".contains($0) }
    }

    /// The bytes of the files under `folder`.
    private static func size(of folder: String) -> Int {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return 0 }
        var total = 0
        while let name = walker.nextObject() as? String {
            let attributes = try? FileManager.default.attributesOfItem(atPath: (folder as NSString).appendingPathComponent(name))
            if (attributes?[.type] as? FileAttributeType) == .typeRegular { total += (attributes?[.size] as? NSNumber)?.intValue ?? 0 }
        }
        return total
    }
}
