import Pages
import DatasetCatalog
import Foundation

/// The appendix that says how the report was made: version, data, seed, parameters, machine, and for each cell its
/// cache key, whether this render computed it or took it from the cache, and how long computing it took.
struct Provenance {
    let version: String
    let file: String
    let frontMatter: FrontMatter
    let manifest: DatasetManifest
    let digests: [(name: String, sha256: String)]
    let threads: Int
    let blasCore: String
    let machine: Machine

    func html(outcomes: [CellOutcome], headingID: String) -> String {
        var settings = HTMLTable(header: ["", ""])
        let parameters = frontMatter.parameters.map { "\($0.name) = \($0.value)" }.joined(separator: ", ")
        settings.rows = [
            ["Digitbook", version],
            ["Source", file],
            ["Seed", String(frontMatter.seed)],
            ["Parameters", parameters.isEmpty ? "none" : parameters],
            ["Dataset", "\(manifest.name) (\(manifest.title))"],
            ["Machine", "\(machine.processor), \(machine.cores) core\(machine.cores == 1 ? "" : "s")"],
            ["Training threads", String(threads)],
            ["OpenBLAS kernels", blasCore],
        ]
        var files = HTMLTable(header: ["Data file", "SHA-256", "Manifest"])
        for (name, sha256) in digests {
            let expected = manifest.files.first { $0.name == name }?.sha256.lowercased()
            files.rows.append([name, sha256, expected == sha256 ? "matches" : "differs"])
        }
        var cells = HTMLTable(header: ["Cell", "Kind", "Line", "Key", "This render", "Time to compute"], numeric: [2, 5])
        for outcome in outcomes {
            let result = outcome.failure != nil ? "failed" : (outcome.cached ? "cache hit" : "computed (miss)")
            let key = outcome.key.map { String($0.prefix(12)) } ?? "–"
            cells.rows.append([outcome.cell.id, outcome.cell.kind.rawValue, String(outcome.cell.line), key,
                               result, outcome.output.map { String(format: "%.2f s", $0.seconds) } ?? "–"])
        }
        return """
            <section class="provenance">
            <h2 id="\(headingID)">Provenance</h2>
            <p>Every cell's result is cached under a key made of what determines it; a hit reuses the result computed earlier, \
            and its time is the time computing it took then.</p>
            \(settings.html.replacingOccurrences(of: "<thead><tr><th></th><th></th></tr></thead>\n", with: ""))
            \(files.html)
            \(cells.html)
            </section>
            """
    }
}
