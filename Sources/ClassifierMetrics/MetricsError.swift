/// Why metrics could not be computed from the given predictions.
public struct MetricsError: Error, CustomStringConvertible, Equatable, Sendable {
    public let detail: String

    public init(_ detail: String) {
        self.detail = detail
    }

    public var description: String { detail }
}
