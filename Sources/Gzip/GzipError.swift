/// Why gzip data could not be read or written.
public struct GzipError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The kinds of failure, for callers that react to one in particular.
    public enum Kind: Equatable, Sendable {
        /// The data ends before the gzip stream does.
        case truncated
        /// The data is not gzip, or is damaged (zlib's message in `detail`).
        case corrupt
        /// Bytes that are not gzip follow the end of the stream.
        case trailingData
        /// The uncompressed data would exceed the caller's limit.
        case tooLarge
        /// zlib could not get memory or reported an internal error.
        case internalFailure
    }

    public let kind: Kind
    public let detail: String

    public init(_ kind: Kind, _ detail: String) {
        self.kind = kind
        self.detail = detail
    }

    public var description: String { detail }
}
