import Pages
import DatasetCatalog
import Foundation

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

    /// The appendix as a section of the page, its heading given `headingID`.
    func section(outcomes: [CellOutcome], headingID: String) -> DocumentBlock {
        var settings = HTMLTable(header: ["Setting", "Value"])
        settings.label = "What determines the results"
        let parameters = frontMatter.parameters.map { "\($0.name) = \($0.value)" }.joined(separator: ", ")
        settings.append(contentsOf: [
            ["Digitbook", version],
            ["Source", file],
            ["Seed", String(frontMatter.seed)],
            ["Parameters", parameters.isEmpty ? "none" : parameters],
            ["Dataset", "\(manifest.name) (\(manifest.title))"],
            ["Training threads", String(threads)],
            ["OpenBLAS kernels", blasCore],
        ])
        if frontMatter.timingsInPage {
            settings.append(["Machine", "\(machine.processor), \(machine.cores) core\(machine.cores == 1 ? "" : "s")"])
        }
        var files = HTMLTable(header: ["Data file", "SHA-256", "Manifest"])
        files.label = "The data files and their digests"
        for (name, sha256) in digests {
            let expected = manifest.files.first { $0.name == name }?.sha256.lowercased()
            files.append([name, sha256, expected == sha256 ? "matches" : "differs"])
        }
        let timings = frontMatter.timingsInPage
        var cells = HTMLTable(header: ["Cell", "Kind", "Line", "Key"] + (timings ? ["Time to compute"] : []), numeric: [2, 4])
        cells.label = "Every cell and its cache key"
        for outcome in outcomes {
            let key = outcome.failure != nil ? "failed" : outcome.key.map { String($0.prefix(12)) } ?? "–"
            let time = outcome.output.map { String(format: "%.2f s", $0.seconds) } ?? "–"
            cells.append([outcome.cell.id, outcome.cell.kind.rawValue, String(outcome.cell.line), key] + (timings ? [time] : []))
        }
        let explanation = "Every cell's result is cached under a key made of what determines it, so a render that reuses "
            + "results gives this same page; NAME.render.json beside it says which cells this render computed and how long "
            + "they took" + (timings ? " (the times here are those of the computation each result comes from)." : ".")
        let name = (file as NSString).deletingPathExtension
        return .section(id: nil, classes: ["provenance"], [
            .heading(level: 2, Inline.plain("Provenance"), id: headingID),
            .paragraph(explanation.replacingOccurrences(of: "NAME", with: name)),
            .table(settings), .table(files), .table(cells),
        ])
    }
}
