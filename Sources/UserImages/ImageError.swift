/// Why a user's image could not be read or turned into a digit: the file and the problem.
public struct ImageError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The kinds of failure, for callers and tests that react to one in particular.
    public enum Kind: Equatable, Sendable {
        case unreadable
        case notAnImage
        case tooLarge
        case corrupt
        case empty
        /// More separate pieces of ink than digits a number may have.
        case crowded
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
