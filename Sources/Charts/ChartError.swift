/// Why a chart could not be drawn or encoded.
public struct ChartError: Error, CustomStringConvertible, Equatable, Sendable {
    public let detail: String

    public init(_ detail: String) {
        self.detail = detail
    }

    public var description: String { detail }
}
