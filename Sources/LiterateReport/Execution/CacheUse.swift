import DatasetCatalog
import FileIO
import Foundation

/// Which cache entries a report's latest render used, kept in the cache as `.reports/NAME-DIGEST.json` (the digest of
/// the source's path tells apart two reports of the same name sharing a cache), so that `digitbook cache` can tell the
/// entries some current report uses from those nothing uses any more.
struct CacheUse: Codable, Equatable, Sendable {
    /// The report's source, as an absolute path.
    var source: String
    /// The keys of every cell and sweep run of the render, sorted.
    var keys: [String]

    /// The folder of the records inside `cache`.
    static func folder(in cache: String) -> String { (cache as NSString).appendingPathComponent(".reports") }

    /// Records that the render of `source` used `keys`, replacing the report's previous record.
    static func record(source: String, keys: [String], cache: String) throws(FileError) {
        let absolute = URL(fileURLWithPath: source).standardizedFileURL.path
        let name = ((absolute as NSString).lastPathComponent as NSString).deletingPathExtension
        let file = (folder(in: cache) as NSString)
            .appendingPathComponent("\(name)-\(SHA256Digest.hex(of: Array(absolute.utf8)).prefix(8)).json")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let use = CacheUse(source: absolute, keys: Array(Set(keys)).sorted())
        guard let data = try? encoder.encode(use) else { return }
        do {
            try FileManager.default.createDirectory(atPath: folder(in: cache), withIntermediateDirectories: true)
        } catch {
            throw FileError(path: folder(in: cache), kind: .unwritable, detail: "cannot record the render's cache entries")
        }
        try AtomicFile.write(String(decoding: data, as: UTF8.self) + "\n", to: file)
    }

    /// Every record in `cache`, by its file's name; a record that cannot be read is left out.
    static func all(in cache: String) -> [String: CacheUse] {
        let folder = folder(in: cache)
        var uses: [String: CacheUse] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where name.hasSuffix(".json") {
            guard let bytes = try? FileBytes.read((folder as NSString).appendingPathComponent(name), limit: 16 << 20),
                  let use = try? JSONDecoder().decode(CacheUse.self, from: Data(bytes)) else { continue }
            uses[name] = use
        }
        return uses
    }
}
