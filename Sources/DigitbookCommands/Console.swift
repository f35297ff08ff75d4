import Foundation

/// Where commands write: results to standard output, warnings to standard error.
enum Console {
    /// Prints `text` on standard output at once (no buffering), so logs and pipes see progress as it happens.
    static func line(_ text: String, terminator: String = "\n") {
        print(text, terminator: terminator)
        fflush(nil)  // all output streams; stdout itself is not concurrency-safe to name in Swift 6
    }

    /// Prints `message` as a warning on standard error.
    static func warn(_ message: String) {
        FileHandle.standardError.write(Data("warning: \(message)\n".utf8))
    }
}
