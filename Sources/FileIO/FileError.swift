/// A file that could not be read or written, with the path and what went wrong.
public struct FileError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The kinds of failure, for callers that react to one in particular.
    public enum Kind: Equatable, Sendable {
        case notFound
        case isDirectory
        case notRegular
        case tooLarge
        case unreadable
        case unwritable
        /// The path leads outside the folder it must stay in, or names a hidden file.
        case notAllowed
        /// An output would overwrite an input of the same command, or a folder the command does not own.
        case conflict
    }

    public let path: String
    public let kind: Kind
    public let detail: String

    public init(path: String, kind: Kind, detail: String) {
        self.path = path
        self.kind = kind
        self.detail = detail
    }

    public var description: String { "\(path): \(detail)" }
}
