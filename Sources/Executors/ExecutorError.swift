/// Why an executor could not run a batch at all (as opposed to one task failing, which is a `TaskOutcome`).
public struct ExecutorError: Error, CustomStringConvertible, Sendable {
    public let message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
