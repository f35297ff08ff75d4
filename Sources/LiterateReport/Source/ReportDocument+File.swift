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

    /// Refuses a cell id to recompute (`--refresh`) that names no cell of the report.
    public func checkRefresh(_ ids: [String]) throws(ReportError) {
        let known = Set(cells.map(\.id))
        for id in ids where !known.contains(id) {
            throw ReportError(file: file, line: 1, "--refresh \(id): no cell has that id (ids: "
                + "\(cells.map(\.id).joined(separator: ", ")))")
        }
    }
}
