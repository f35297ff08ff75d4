/// A problem in a report source: the file, the line, and what is wrong; with the other problems found in the same
/// read, so that one render lists every mistake in a source at once.
public struct ReportError: Error, CustomStringConvertible, Equatable, Sendable {
    public let file: String
    public let line: Int
    public let detail: String
    /// Further problems found in the same source, in the order of their lines.
    public private(set) var others: [ReportError] = []

    public init(file: String, line: Int, _ detail: String) {
        self.file = file
        self.line = line
        self.detail = detail
    }

    /// This problem and the others, each alone.
    public var all: [ReportError] { [ReportError(file: file, line: line, detail)] + others }

    /// One line per problem: `FILE:LINE: what is wrong`.
    public var description: String { all.map { "\($0.file):\($0.line): \($0.detail)" }.joined(separator: "\n") }

    /// The problems of `list` as one error (the first, with the rest as its others), or nil when there are none.
    static func combined(_ list: [ReportError]) -> ReportError? {
        let flat = list.flatMap(\.all)
        guard var first = flat.first else { return nil }
        first.others = Array(flat.dropFirst())
        return first
    }
}

/// Collects the problems of a source instead of stopping at the first.
struct ReportProblems {
    private(set) var errors: [ReportError] = []
    /// The lines of cells whose problems are already recorded, so that checks after them do not report them again.
    var reportedCells: Set<Int> = []
    /// The ids of cells (and sweeps) that did not parse: what refers to them is not reported again.
    var brokenCells: Set<String> = []

    init(errors: [ReportError] = []) {
        self.errors = errors
    }

    /// Runs `body`; its error is recorded and nil returned.
    mutating func attempt<T>(_ body: () throws(ReportError) -> T) -> T? {
        do { return try body() } catch {
            errors.append(error)
            return nil
        }
    }

    mutating func record(_ error: ReportError) { errors.append(error) }

    /// Throws every problem recorded, as one error, if there is any.
    func check() throws(ReportError) {
        if let error = ReportError.combined(errors) { throw error }
    }
}
