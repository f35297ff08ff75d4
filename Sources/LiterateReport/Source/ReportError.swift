/// A problem in a report source: the file, the line, and what is wrong.
public struct ReportError: Error, CustomStringConvertible, Equatable, Sendable {
    public let file: String
    public let line: Int
    public let detail: String

    public init(file: String, line: Int, _ detail: String) {
        self.file = file
        self.line = line
        self.detail = detail
    }

    public var description: String { "\(file):\(line): \(detail)" }
}
