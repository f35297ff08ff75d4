/// Why a model file could not be imported: the file, where in it (a layer, a tensor, a field), and what is wrong.
public struct ModelImportError: Error, CustomStringConvertible, Equatable, Sendable {
    public let file: String
    /// The place inside the file (`layer 3 (max_pooling2d, MaxPooling2D)`, `tensor 2.weight`), empty for the file.
    public let place: String
    public let message: String

    public init(file: String, place: String = "", _ message: String) {
        self.file = file
        self.place = place
        self.message = message
    }

    public var description: String { place.isEmpty ? "\(file): \(message)" : "\(file): \(place): \(message)" }
}
