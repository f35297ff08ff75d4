/// A problem with an assignment file: the file, the line, the field and what is wrong, in words.
public struct AssignmentError: Error, Equatable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let field: String
    public let message: String

    public init(file: String, line: Int, field: String, _ message: String) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message
    }

    public var description: String {
        field.isEmpty ? "\(file):\(line): \(message)" : "\(file):\(line): field \(field): \(message)"
    }
}
