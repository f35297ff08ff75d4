/// Why an IDX file could not be read or written: the file, and the problem in words.
public struct IDXError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The kinds of failure, for callers and tests that react to one in particular.
    public enum Kind: Equatable, Sendable {
        case unreadable
        case truncated
        case corruptCompression
        case wrongMagic
        case unsupportedDimensions
        case trailingData
        case labelOutOfRange
        case countMismatch
        case shapeMismatch
        case unwritable
    }

    public let file: String
    public let kind: Kind
    public let detail: String

    public init(file: String, kind: Kind, detail: String) {
        self.file = file
        self.kind = kind
        self.detail = detail
    }

    public var description: String { "\(file): \(detail)" }
}
