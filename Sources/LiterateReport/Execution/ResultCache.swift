import FileIO
import Foundation

/// The folder of cached cell results: one sub-folder per key holding output.json and the cell's files.
///
/// An entry is built in a `.partial-KEY-HOST-PID` folder and renamed into place only when complete, so a render that
/// is interrupted (even mid-training) leaves either the whole entry or none of it. Tasks on other machines sharing the
/// folder (Slurm) build their entries side by side; only this machine's dead processes' leftovers are removed.
struct ResultCache {
    let directory: String

    /// The folder of the entry for `key`.
    func entry(_ key: String) -> String { (directory as NSString).appendingPathComponent(key) }

    /// The stored output for `key`, or nil when there is none or it cannot be read (then it is computed again).
    func lookup(_ key: String) -> CellOutput? {
        let file = (entry(key) as NSString).appendingPathComponent("output.json")
        guard let bytes = try? FileBytes.read(file, limit: 64 << 20),
              let output = try? JSONDecoder().decode(CellOutput.self, from: Data(bytes)), output.key == key
        else { return nil }
        return output
    }

    /// A new, empty folder in which to build the entry for `key`.
    func begin(_ key: String) throws(FileError) -> String {
        let partial = (directory as NSString).appendingPathComponent(".partial-\(key)-\(Self.host)-\(getpid())")
        try? FileManager.default.removeItem(atPath: partial)
        do {
            try FileManager.default.createDirectory(atPath: partial, withIntermediateDirectories: true)
        } catch {
            throw FileError(path: directory, kind: .unwritable, detail: "cannot create a cache entry: \(error.localizedDescription)")
        }
        return partial
    }

    /// Writes `output` into `partial` and moves it into place as the entry for its key, replacing an older one.
    func commit(_ partial: String, _ output: CellOutput) throws(FileError) {
        try AtomicFile.write(Self.json(output), to: (partial as NSString).appendingPathComponent("output.json"))
        let final = entry(output.key)
        let stale = (directory as NSString).appendingPathComponent(".stale-\(output.key)-\(Self.host)-\(getpid())")
        let manager = FileManager.default
        if manager.fileExists(atPath: final) {
            try? manager.removeItem(atPath: stale)
            do { try manager.moveItem(atPath: final, toPath: stale) } catch {
                throw FileError(path: final, kind: .unwritable, detail: "cannot replace the cache entry: \(error.localizedDescription)")
            }
        }
        do { try manager.moveItem(atPath: partial, toPath: final) } catch {
            throw FileError(path: final, kind: .unwritable, detail: "cannot store the cache entry: \(error.localizedDescription)")
        }
        try? manager.removeItem(atPath: stale)
    }

    /// Removes an entry under construction after its cell failed.
    func abandon(_ partial: String) {
        try? FileManager.default.removeItem(atPath: partial)
    }

    /// Removes partial and stale folders left by renders that were killed (their process no longer exists).
    func removeLeftovers() {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for name in names where name.hasPrefix(".partial-") || name.hasPrefix(".stale-") {
            let parts = name.split(separator: "-")  // ".partial" or ".stale", KEY, HOST, PID (older: KEY, PID)
            guard let pid = parts.last.flatMap({ Int32($0) }), parts.count == 3 || parts.count == 4 && parts[2] == Self.host,
                  kill(pid, 0) != 0 else { continue }
            try? FileManager.default.removeItem(atPath: (directory as NSString).appendingPathComponent(name))
        }
    }

    /// This machine's name as it appears in partial folders (no hyphens, so names split cleanly).
    static let host: String = ProcessInfo.processInfo.hostName.split(separator: ".").first
        .map { $0.replacingOccurrences(of: "-", with: "_") } ?? "host"

    static func json(_ output: CellOutput) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return ((try? encoder.encode(output)).map { String(decoding: $0, as: UTF8.self) } ?? "{}") + "\n"
    }
}
