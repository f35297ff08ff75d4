/// A training setting that cannot work: which option, and what is wrong with its value.
///
/// `option` is spelled as in a report cell (`batch_size`); the command line shows it as `--batch-size`.
public struct ConfigurationError: Error, CustomStringConvertible, Equatable, Sendable {
    public let option: String
    public let problem: String

    public init(option: String, problem: String) {
        self.option = option
        self.problem = problem
    }

    /// The command-line spelling of the option.
    public var flag: String { "--" + option.replacingOccurrences(of: "_", with: "-") }

    public var description: String { "\(flag) \(problem)" }
}
