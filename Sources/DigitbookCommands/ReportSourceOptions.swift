import ArgumentParser
import DatasetCatalog
import Foundation
import LiterateReport

/// What `render` and `preview` both take: the source, its parameters, where its data and cache are, and the folders
/// outside its own that it may read.
struct ReportSourceOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("The report source.", valueName: "Reports/NAME.md"))
    var source: String

    @Option(name: .long, help: ArgumentHelp(
        "The dataset's folder (default: the front matter's data, $DIGITBOOK_DATA, else the per-user data folder, "
            + "~/.local/share/digitbook/datasets/NAME, downloaded if missing).", valueName: "dir"))
    var data: String?

    @Option(name: .customShort("P"), help: ArgumentHelp("Set a parameter the front matter declares; repeatable.", valueName: "name=value"))
    var parameters: [String] = []

    @Option(name: .long, help: ArgumentHelp("The cache folder (default: _cache beside the source).", valueName: "dir"))
    var cache: String?

    @Option(name: .long, help: ArgumentHelp(
        "Let the report read files (images) inside this folder, outside its own; repeatable.", valueName: "dir"))
    var allowOutside: [String] = []

    /// The `-P name=value` pairs by name.
    func overrides() throws -> [String: String] {
        var overrides: [String: String] = [:]
        for parameter in parameters {
            guard let equals = parameter.firstIndex(of: "="), equals != parameter.startIndex else {
                throw ValidationError("-P \(parameter): write -P name=value")
            }
            overrides[String(parameter[..<equals])] = String(parameter[parameter.index(after: equals)...])
        }
        return overrides
    }

    /// The manifest named by the front matter, the folder of its files (--data, the front matter's `data` relative to
    /// the source, $DIGITBOOK_DATA, else the catalog's download folder) and whether they are still to be downloaded.
    func datasetLocation(for document: ReportDocument, sourceDirectory: String,
                         catalog: Catalog) throws -> (manifest: DatasetManifest, directory: String, missing: Bool) {
        let manifest = try catalog.manifest(named: document.frontMatter.dataset)
        guard document.needsDataset else { return (manifest, data ?? "", false) }  // nothing to read: resolve and fetch nothing
        let fromFrontMatter = document.frontMatter.data.map {
            $0.hasPrefix("/") ? $0 : (sourceDirectory as NSString).appendingPathComponent($0)
        }
        if let directory = CatalogLocation.dataDirectory(explicit: data ?? fromFrontMatter) { return (manifest, directory, false) }
        let downloads = CatalogLocation.downloadDirectory(for: manifest.name)
        let present = manifest.files.allSatisfy {
            FileManager.default.fileExists(atPath: (downloads as NSString).appendingPathComponent($0.name))
        }
        return (manifest, downloads, !present)
    }

    /// The dataset as ``datasetLocation(for:sourceDirectory:catalog:)`` finds it, downloaded first when missing.
    func dataset(for document: ReportDocument, sourceDirectory: String, catalog: Catalog) async throws -> (DatasetManifest, String) {
        let (manifest, directory, missing) = try datasetLocation(for: document, sourceDirectory: sourceDirectory, catalog: catalog)
        if missing {
            Console.line("\(manifest.name) is not in \(directory); downloading it (or pass --data DIR)")
            _ = try await DatasetFetcher(manifest: manifest, destination: directory).fetch { Console.line($0) }
        }
        return (manifest, directory)
    }
}
