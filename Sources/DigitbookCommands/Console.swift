import Foundation

/// Where commands write: results to standard output, warnings to standard error.
enum Console {
    /// Prints `message` as a warning on standard error.
    static func warn(_ message: String) {
        FileHandle.standardError.write(Data("warning: \(message)\n".utf8))
    }
}
