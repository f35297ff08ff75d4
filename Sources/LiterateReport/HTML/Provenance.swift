import Pages
import DatasetCatalog
import Foundation
import Localization

/// The appendix that says how the report was made: what determines its results (version, data, seed, parameters,
/// threads, BLAS kernels) and each cell's cache key. Whether a cell came from the cache, how long it took and the
/// processor go to NAME.render.json, not here, so the page is the same however it was computed; `provenance: timings`
/// in the front matter adds the processor and the computing times.
struct Provenance {
    let version: String
    let file: String
    let frontMatter: FrontMatter
    let manifest: DatasetManifest
    let digests: [(name: String, sha256: String)]
    let threads: Int
    let blasCore: String
    let machine: Machine

    /// The appendix as a section of the page, its heading given `headingID`, in `catalogue`'s language.
    func section(outcomes: [CellOutcome], headingID: String, catalogue: Catalogue) -> DocumentBlock {
        let t = catalogue.text
        var settings = HTMLTable(header: [t(.reportSetting, [:]), t(.reportValue, [:])])
        settings.label = t(.reportSettingsLabel, [:])
        let parameters = frontMatter.parameters.map { "\($0.name) = \($0.value)" }.joined(separator: ", ")
        settings.append(contentsOf: [
            ["Digitbook", version],
            [t(.reportSource, [:]), file],
            [t(.reportSeed, [:]), String(frontMatter.seed)],
            [t(.reportParameters, [:]), parameters.isEmpty ? t(.reportNone, [:]) : parameters],
            [t(.reportDataset, [:]), "\(manifest.name) (\(manifest.title))"],
            [t(.reportThreads, [:]), String(threads)],
            [t(.reportBlas, [:]), blasCore],
        ])
        if frontMatter.timingsInPage {
            settings.append([t(.reportMachine, [:]), t(.reportCores, ["processor": machine.processor, "count": "\(machine.cores)"])])
        }
        var files = HTMLTable(header: [t(.reportDataFile, [:]), "SHA-256", t(.reportManifest, [:])])
        files.label = t(.reportFilesLabel, [:])
        for (name, sha256) in digests {
            let expected = manifest.files.first { $0.name == name }?.sha256.lowercased()
            files.append([name, sha256, expected == sha256 ? t(.reportMatches, [:]) : t(.reportDiffers, [:])])
        }
        let timings = frontMatter.timingsInPage
        var cells = HTMLTable(header: [t(.reportCell, [:]), t(.reportKind, [:]), t(.reportLine, [:]), t(.reportKey, [:])]
                                  + (timings ? [t(.reportTime, [:])] : []), numeric: [2, 4])
        cells.label = t(.reportCellsLabel, [:])
        for outcome in outcomes {
            let key = outcome.failure != nil ? t(.reportFailed, [:]) : outcome.key.map { String($0.prefix(12)) } ?? "–"
            let time = outcome.output.map { String(format: "%.2f s", $0.seconds) } ?? "–"
            cells.append([outcome.cell.id, outcome.cell.kind.rawValue, String(outcome.cell.line), key] + (timings ? [time] : []))
        }
        let record = (file as NSString).deletingPathExtension + ".render.json"
        return .section(id: nil, classes: ["provenance"], [
            .heading(level: 2, Inline.plain(t(.reportProvenance, [:])), id: headingID),
            .paragraph(t(timings ? .reportProvenanceTimings : .reportProvenanceText, ["file": record])),
            .table(settings), .table(files), .table(cells),
        ])
    }
}
