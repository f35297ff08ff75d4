import FileIO

extension ReportDocument {
    /// The report source in the file at `path` (UTF-8 text, at most 16 MiB), with `overrides` for its parameters.
    public init(contentsOf path: String, overrides: [String: String] = [:]) throws {
        let bytes = try FileBytes.read(path, limit: 16 << 20)
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw FileError(path: path, kind: .unreadable, detail: "is not UTF-8 text")
        }
        try self.init(text: text, file: path, overrides: overrides)
    }

    /// The ids among `ids` (cells to recompute, `--refresh`) that name no cell of the report.
    public func unknownCells(_ ids: [String]) -> [String] {
        let known = Set(cells.map(\.id))
        return ids.filter { !known.contains($0) }
    }
}
