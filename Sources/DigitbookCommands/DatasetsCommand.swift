import ArgumentParser
import DatasetCatalog
import Foundation
import IDX
import NumberFormats

/// `digitbook datasets`: the catalog of datasets, downloading them and checking local copies.
struct DatasetsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "datasets",
        abstract: "List, fetch and verify datasets.",
        subcommands: [List.self, Fetch.self, Verify.self]
    )

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the datasets in the catalog.")

        @OptionGroup var catalogOptions: CatalogOptions

        func run() throws {
            let catalog = try catalogOptions.load()
            var table = TextTable(header: ["name", "title", "classes", "train", "test", "downloaded"], rightAligned: [2, 3, 4])
            for manifest in catalog.manifests {
                let folder = CatalogLocation.downloadDirectory(for: manifest.name)
                let present = manifest.files.allSatisfy { FileManager.default.fileExists(atPath: folder + "/" + $0.name) }
                table.rows.append([
                    manifest.name, manifest.title, "\(manifest.classNames.count)",
                    manifest.file(.trainImages).count.thousandsSeparated, manifest.file(.testImages).count.thousandsSeparated,
                    present ? folder : "no",
                ])
            }
            Console.line(table.rendered)
            Console.line("\nCatalog: compiled in" + (catalog.directory.map { ", and the manifests in \($0)" } ?? ""))
        }
    }

    struct Fetch: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Download a dataset, verifying every file against its manifest.",
            discussion: "Mirrors are tried in order; a file whose SHA-256 differs from the manifest stops the fetch.")

        @OptionGroup var catalogOptions: CatalogOptions

        @Argument(help: "The dataset's name, as `datasets list` shows it.")
        var name: String

        @Option(name: .customLong("mirror"), help: ArgumentHelp(
            "A base URL (http, https or file) to download from instead of the manifest's mirrors; repeatable.",
            valueName: "url"))
        var mirrors: [String] = []

        @Option(name: .long, help: ArgumentHelp(
            "The folder to download into (default: $XDG_DATA_HOME/digitbook/datasets/NAME, else "
                + "~/.local/share/digitbook/datasets/NAME).", valueName: "dir"))
        var into: String?

        func run() async throws {
            let catalog = try catalogOptions.load()
            let manifest = try catalog.manifest(named: name)
            let destination = into ?? CatalogLocation.downloadDirectory(for: manifest.name)
            let fetcher = DatasetFetcher(manifest: manifest, destination: destination, mirrors: mirrors)
            _ = try await fetcher.fetch { Console.line($0) }
            Console.line("\(manifest.name): \(manifest.files.count) files verified in \(destination)")
        }
    }

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a local copy: each file's digest and counts, and the class counts of each split.",
            discussion: "Files whose digest differs from the manifest are reported with a warning; the exit code is 0 as long as "
                + "every file reads.")

        @OptionGroup var dataOptions: DataOptions

        @Option(name: .long, help: "The number of training images held out for validation.")
        var validation = DatasetSplits.defaultValidationCount

        func run() throws {
            let dataset = try dataOptions.load()
            let splits = try DatasetSplits(dataset, validationCount: validation)
            Console.line(VerifyReport(dataset: dataset, splits: splits).text)
        }
    }
}
