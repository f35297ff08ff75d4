import DatasetCatalog
import IDX
import NumberFormats

/// The text that `datasets verify` prints: the files with their status and digests, then the splits.
struct VerifyReport {
    let dataset: LocalDataset
    let splits: DatasetSplits

    var text: String {
        let manifest = dataset.manifest
        var lines = ["\(manifest.title) (\(manifest.name)) in \(dataset.directory)", ""]
        var files = TextTable(header: ["file", "status", "items", "bytes", "sha256"], rightAligned: [2, 3])
        for check in dataset.checks {
            let name = String(check.path.split(separator: "/").last ?? Substring(check.path))
            files.rows.append([name, check.status.rawValue, check.count.thousandsSeparated, check.bytes.thousandsSeparated, check.sha256])
            if check.status != .matches {
                files.rows.append(["  expected by the manifest", "", "", "", check.entry.sha256])
            }
        }
        lines.append(files.rendered)
        let matching = dataset.checks.filter { $0.status == .matches }.count
        lines.append("\(matching) of \(dataset.checks.count) files match the manifest")

        lines.append("")
        let classes = manifest.classNames.indices.map(String.init)
        var counts = TextTable(header: ["split", "images", "size"] + classes, rightAligned: Set(1..<(3 + classes.count)))
        let size = "\(dataset.train.images.rows)x\(dataset.train.images.columns)"
        let rows = [("train", dataset.train), ("- training", splits.training), ("- validation", splits.validation), ("test", splits.test)]
        for (name, split) in rows {
            counts.rows.append([name, split.count.thousandsSeparated, size] + split.classCounts.map(\.thousandsSeparated))
        }
        lines.append(counts.rendered)
        if manifest.classNames != classes {
            lines.append("")
            lines.append("classes: " + manifest.classNames.enumerated().map { "\($0) \($1)" }.joined(separator: ", "))
        }
        lines.append("validation: the last \(splits.validation.count.thousandsSeparated) training images, held out for per-epoch figures")
        return lines.joined(separator: "\n")
    }
}
