import FileIO
import Foundation

/// Where rendering a report source writes, and the writing: `OUT/NAME.html`, its figures in `OUT/NAME_files`,
/// `OUT/NAME.render.json`, and the cache folder (`_site` and `_cache` beside the source unless given).
public struct ReportOutputs: Sendable {
    public let source: String
    public let directory: String
    public let name: String
    public let cacheDirectory: String?

    /// The outputs of rendering `source`; `cache` nil with `noCache` false means the default cache beside it.
    public init(source: String, out: String?, cache: String?, noCache: Bool) {
        self.source = source
        let folder = (source as NSString).deletingLastPathComponent
        let sourceDirectory = folder.isEmpty ? "." : folder
        name = ((source as NSString).lastPathComponent as NSString).deletingPathExtension
        directory = out ?? (sourceDirectory as NSString).appendingPathComponent("_site")
        cacheDirectory = noCache ? nil : (cache ?? (sourceDirectory as NSString).appendingPathComponent("_cache"))
    }

    /// The folder of the source, where its relative paths start.
    public var sourceDirectory: String {
        let folder = (source as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }

    public var htmlPath: String { (directory as NSString).appendingPathComponent(name + ".html") }
    /// The figures' folder, relative to `directory`.
    public var assetFolder: String { name + "_files" }
    public var logPath: String { (directory as NSString).appendingPathComponent(name + ".render.json") }

    /// Refuses, before anything is computed, an output that would overwrite the source, and output or cache folders
    /// that cannot be written.
    public func check() throws(FileError) {
        let sourcePath = URL(fileURLWithPath: source).standardizedFileURL.resolvingSymlinksInPath().path
        let assets = (directory as NSString).appendingPathComponent(assetFolder)
        for output in [htmlPath, assets]
        where URL(fileURLWithPath: output).standardizedFileURL.resolvingSymlinksInPath().path == sourcePath {
            throw FileError(path: output, kind: .unwritable, detail: "is the report source itself; choose another --out folder")
        }
        try WritableFolder.check(directory, role: "the output folder (--out)")
        if let cacheDirectory { try WritableFolder.check(cacheDirectory, role: "the cache folder (--cache)") }
    }

    /// Writes a rendered report: the figure files into NAME_files (removing figures a previous render left there),
    /// then the HTML and the render log, each file through a temporary name.
    public func write(_ rendered: ReportRenderer.Rendered, html: Bool = true) throws {
        let folder = (directory as NSString).appendingPathComponent(assetFolder)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let current = Set(rendered.files.map { ($0.path as NSString).lastPathComponent })
        for old in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        where !current.contains(old) && (old.hasSuffix(".png") || old.hasSuffix(".svg")) {
            try? FileManager.default.removeItem(atPath: (folder as NSString).appendingPathComponent(old))
        }
        for file in rendered.files {
            try AtomicFile.write(file.bytes, to: (directory as NSString).appendingPathComponent(file.path))
        }
        if html { try AtomicFile.write(rendered.html, to: htmlPath) }
        try AtomicFile.write(rendered.log, to: logPath)
    }
}
