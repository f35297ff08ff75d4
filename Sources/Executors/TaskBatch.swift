import Foundation

/// Tasks to run: task `i` is `command` followed by `i`, and computes one cache entry; each writes a log of its own.
public struct TaskBatch: Sendable {
    /// The program and its leading arguments (such as `digitbook render-task FILE`).
    public let command: [String]
    public let count: Int
    /// Where the logs (and, for Slurm, the batch script) go: a folder the tasks can write.
    public let logDirectory: String
    /// A short name for job names and log files.
    public let name: String

    public init(command: [String], count: Int, logDirectory: String, name: String) {
        self.command = command
        self.count = count
        self.logDirectory = logDirectory
        self.name = name
    }
}

/// How one task ended.
public struct TaskOutcome: Sendable, Equatable {
    public let index: Int
    public let succeeded: Bool
    /// Where and how it ran, such as "Slurm job 12_3: FAILED, exit code 1:0" or "exit status 1".
    public let detail: String
    public let log: String

    public init(index: Int, succeeded: Bool, detail: String, log: String) {
        self.index = index
        self.succeeded = succeeded
        self.detail = detail
        self.log = log
    }

    /// The log's last non-empty line (a failed task's error message), if the log can be read.
    public var lastLogLine: String? {
        guard let text = try? String(contentsOfFile: log, encoding: .utf8) else { return nil }
        return text.split(whereSeparator: \.isNewline).last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.map(String.init)
    }
}

/// Runs a batch of tasks somewhere (this machine, a cluster) and says how each ended; every task is attempted.
public protocol TaskExecutor: Sendable {
    /// A short description for messages ("2 local processes at a time", "Slurm, partition main").
    var summary: String { get }
    /// Throws only when the batch could not be run at all, or was interrupted.
    func run(_ batch: TaskBatch, progress: (String) -> Void) throws(ExecutorError) -> [TaskOutcome]
}
