import Foundation

/// One external program (sbatch, squeue, a Digitbook task): found on PATH, run with its output captured or sent
/// to a log file. The only place Digitbook starts processes.
public struct ExternalCommand: Sendable {
    public let executable: String
    public let arguments: [String]

    /// `name` as given when it holds a slash, else its first match on PATH; nil when there is none.
    public static func locate(_ name: String, path: String? = ProcessInfo.processInfo.environment["PATH"]) -> String? {
        if name.contains("/") { return FileManager.default.isExecutableFile(atPath: name) ? name : nil }
        for folder in (path ?? "/usr/bin:/bin").split(separator: ":") {
            let candidate = (String(folder) as NSString).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// The command `name` (looked up on PATH) with `arguments`; an error naming it when it is not there.
    public init(_ name: String, _ arguments: [String]) throws(ExecutorError) {
        guard let executable = Self.locate(name) else { throw ExecutorError("\(name) was not found on PATH") }
        self.executable = executable
        self.arguments = arguments
    }

    /// What a finished command printed and its exit status.
    public struct Result: Sendable {
        public let status: Int32
        public let output: String
        public let errors: String
    }

    /// Runs to completion, capturing standard output and error.
    public func run() throws(ExecutorError) -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { throw ExecutorError("cannot start \(executable): \(error.localizedDescription)") }
        // Read both pipes to their ends before waiting, so a chatty command cannot fill one and block.
        let errorData = LockedData()
        let reader = Thread { errorData.set(errors.fileHandleForReading.readDataToEndOfFile()) }
        reader.start()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !errorData.isSet { usleep(1_000) }
        return Result(status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
                      errors: String(decoding: errorData.value, as: UTF8.self))
    }

    /// Starts the command with standard output and error appended to `log`; the caller polls the process.
    public func start(logTo log: String) throws(ExecutorError) -> Process {
        _ = FileManager.default.createFile(atPath: log, contents: nil)
        guard let handle = FileHandle(forWritingAtPath: log) else { throw ExecutorError("cannot write the log file \(log)") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { throw ExecutorError("cannot start \(executable): \(error.localizedDescription)") }
        try? handle.close()
        return process
    }
}

/// Bytes handed from a reader thread to the caller.
private final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var data: Data?

    func set(_ value: Data) { lock.withLock { data = value } }
    var isSet: Bool { lock.withLock { data != nil } }
    var value: Data { lock.withLock { data ?? Data() } }
}
