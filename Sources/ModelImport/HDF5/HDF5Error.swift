/// Why an HDF5 file could not be read: the file, the object inside it, and what is wrong.
public struct HDF5Error: Error, CustomStringConvertible, Equatable, Sendable {
    public let file: String
    /// The path inside the file (`/model_weights/dense`), empty for the file itself.
    public let object: String
    public let message: String

    public init(file: String, object: String = "", _ message: String) {
        self.file = file
        self.object = object
        self.message = message
    }

    public var description: String { object.isEmpty ? "\(file): \(message)" : "\(file): \(object): \(message)" }
}
