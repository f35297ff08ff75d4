import Yams

/// Where and why Yams stopped reading, for errors that name the file's line: one reading of YamlError for every
/// module that parses YAML (report front matter and cell options, assignment files).
extension YamlError {
    /// The 1-based line the scanner, parser or composer stopped at; 1 when the error does not say.
    public var line: Int {
        switch self {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark.line
        default: 1
        }
    }

    /// What is wrong, in YAML's words.
    public var problem: String {
        switch self {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _): problem
        default: "\(self)"
        }
    }
}
