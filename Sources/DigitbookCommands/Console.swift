import Foundation

/// Where commands write: results to standard output, warnings and errors to standard error.
///
/// Everything printed passes through `printable`, so that a file name or a file's contents cannot send control
/// characters (an escape sequence that clears the screen, say) to the user's terminal.
enum Console {
    /// Prints `text` on standard output at once (no buffering), so logs and pipes see progress as it happens.
    static func line(_ text: String, terminator: String = "\n") {
        raw(printable(text), terminator: terminator)
    }

    /// Prints `text` exactly as given: only for the progress bar's own control sequences.
    static func raw(_ text: String, terminator: String = "\n") {
        if let capture {
            capture.append(text + terminator)
            return
        }
        print(text, terminator: terminator)
        fflush(nil)  // all output streams; stdout itself is not concurrency-safe to name in Swift 6
    }

    /// Where standard output goes instead within a task, when set: how a test reads what a command printed.
    @TaskLocal static var capture: Captured?

    /// Standard output collected from a task, in the order it was printed.
    final class Captured: @unchecked Sendable {
        private let lock = NSLock()
        private var collected = ""

        init() {}

        func append(_ text: String) { lock.withLock { collected += text } }

        /// Everything printed so far.
        var text: String { lock.withLock { collected } }
    }

    /// Prints `message` as a warning on standard error.
    static func warn(_ message: String) {
        error("warning: \(message)")
    }

    /// Prints `message` on standard error.
    static func error(_ message: String) {
        FileHandle.standardError.write(Data((printable(message) + "\n").utf8))
    }

    /// `text` with every control character other than newline and tab written as a visible escape such as `\u{1B}`.
    static func printable(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x09: result.unicodeScalars.append(scalar)
            case 0x00..<0x20, 0x7F..<0xA0, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
