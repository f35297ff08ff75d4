import DatasetCatalog
import FileIO
import Foundation

/// The cache key of a cell's result: a SHA-256 of everything that determines it, and nothing that does not.
///
/// In: the Digitbook version (with the build's digest, from the command), the kind, the result options (not caption,
/// label or echo), the keys of the runs it uses, the dataset's name and file digests, the report's seed, the parameters
/// it uses and `extra` (such as the digest of an image file, or the thread count and OpenBLAS kernels that a training
/// run's bits depend on).
struct CellKey {
    let version: String
    let datasetIdentity: String
    let seed: UInt64
    let parameters: [(name: String, value: CellValue)]
    /// The report's language: a cell's words depend on it (English keys leave it out, as before languages).
    var language = "en"

    /// The key of `cell`, run by `runner`, which uses the runs whose keys are `runKeys`.
    func key(for cell: Cell, runner: any CellRunner, context: ReportContext, runKeys: [String]) throws -> String {
        key(for: cell, runKeys: runKeys, extra: try runner.keyInputs(cell, context: context),
            options: try runner.keyOptions(cell, context: context))
    }

    /// The key from its parts; `options` replaces the options as written when given.
    func key(for cell: Cell, runKeys: [String], extra: [String], options: [String]? = nil) -> String {
        var lines = ["digitbook-cell 3", "version \(version)", "kind \(cell.kind.rawValue)", "dataset \(datasetIdentity)", "seed \(seed)"]
        if language != "en" { lines.append("language \(language)") }
        if let options {
            lines += options.map { "resolved \($0)" }
        } else {
            for name in cell.options.keys.sorted() {
                lines.append("option \(name)=\(Self.canonical(cell.options[name]))")
            }
        }
        for name in cell.parameters {
            lines.append("parameter \(name)=\(parameters.first { $0.name == name }.map { Self.canonical($0.value) } ?? "")")
        }
        lines += runKeys.map { "uses \($0)" } + extra.map { "input \($0)" }
        let digest = SHA256Digest.hex(of: Array(lines.joined(separator: "\n").utf8))
        return String(digest.prefix(32))
    }

    /// A value's text with its type, so `3` and `"3"` differ.
    private static func canonical(_ value: CellValue?) -> String {
        switch value {
        case .integer(let number)?: return "int:\(number)"
        case .number(let number)?: return "num:\(number)"
        case .bool(let flag)?: return "bool:\(flag)"
        case .string(let text)?: return "str:" + JSONText.quoted(text)
        case .list(let items)?: return "list:" + items.map(JSONText.quoted).joined(separator: ",")
        case nil: return "none"
        }
    }
}
