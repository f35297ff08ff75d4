import FileIO
import Foundation

/// Writes a rendered report: the figure files into NAME_files (removing figures a previous render left there), then
/// the HTML, each file through a temporary name.
struct RenderedFiles {
    let directory: String
    let assetFolder: String

    func write(_ files: [(path: String, bytes: [UInt8])], html: String, to htmlPath: String) throws {
        let folder = (directory as NSString).appendingPathComponent(assetFolder)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let current = Set(files.map { ($0.path as NSString).lastPathComponent })
        for old in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        where !current.contains(old) && (old.hasSuffix(".png") || old.hasSuffix(".svg")) {
            try? FileManager.default.removeItem(atPath: (folder as NSString).appendingPathComponent(old))
        }
        for file in files {
            try AtomicFile.write(file.bytes, to: (directory as NSString).appendingPathComponent(file.path))
        }
        try AtomicFile.write(html, to: htmlPath)
    }
}
