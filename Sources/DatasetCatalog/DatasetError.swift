/// Why a dataset could not be found, read, checked or fetched: the file (or folder) and the problem.
public struct DatasetError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The kinds of failure, for callers and tests that react to one in particular.
    public enum Kind: Equatable, Sendable {
        case badManifest
        case unknownDataset
        case noCatalog
        case missingDirectory
        case missingFile
        case invalidData
        case wrongShape
        case digestMismatch
        case downloadFailed
        case badSplit
    }

    public let location: String
    public let kind: Kind
    public let detail: String

    public init(_ location: String, _ kind: Kind, _ detail: String) {
        self.location = location
        self.kind = kind
        self.detail = detail
    }

    public var description: String { "\(location): \(detail)" }
}
