import ArgumentParser
import DatasetCatalog
import FileIO

/// Options that say which dataset catalog to read.
struct CatalogOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "A folder of dataset manifests to add to the compiled-in ones (default: $DIGITBOOK_CATALOG).",
        valueName: "dir"))
    var catalog: String?

    /// The catalog these options point at.
    func load() throws -> Catalog {
        try Catalog(directory: CatalogLocation.catalogDirectory(explicit: catalog))
    }
}

/// Options that say which dataset to use and where its files are.
struct DataOptions: ParsableArguments {
    @OptionGroup var catalogOptions: CatalogOptions

    @Option(name: .long, help: "The dataset's name in the catalog.")
    var dataset = "mnist"

    @Option(name: .long, help: ArgumentHelp(
        "A folder holding the dataset's files (default: $DIGITBOOK_DATA, else where `datasets fetch` puts them).",
        valueName: "dir"))
    var data: String?

    /// The manifest and the folder to read its files from.
    func resolve() throws -> (manifest: DatasetManifest, directory: String) {
        let catalog = try catalogOptions.load()
        let manifest = try catalog.manifest(named: dataset)
        guard let directory = CatalogLocation.dataDirectory(explicit: data) else {
            let downloads = CatalogLocation.downloadDirectory(for: manifest.name)
            return (manifest, downloads)
        }
        return (manifest, directory)
    }

    /// The data folder as an input no output may overwrite or sit in (none when it cannot be resolved yet).
    var inputs: [InputOutputOverlap.Input] {
        guard let directory = try? resolve().directory else { return [] }
        return [InputOutputOverlap.Input(directory, role: "the data folder (--data)", wholeFolder: true)]
    }

    /// Loads the dataset, printing a warning for each file that differs from its manifest.
    func load() throws -> LocalDataset {
        let (manifest, directory) = try resolve()
        let dataset: LocalDataset
        do {
            dataset = try LocalDataset(manifest, directory: directory)
        } catch {
            guard error.kind == .missingDirectory, data == nil else { throw error }
            throw DatasetError(directory, .missingDirectory,
                               "data folder does not exist; run `digitbook datasets fetch \(manifest.name)` or pass --data DIR")
        }
        for warning in dataset.warnings { Console.warn(warning) }
        return dataset
    }
}
