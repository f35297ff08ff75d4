import Foundation

/// Runs a batch's tasks as processes on this machine, up to `jobs` at once.
public struct LocalExecutor: TaskExecutor {
    public let jobs: Int
    /// How often finished processes are looked for.
    public var pollInterval: Double = 0.05

    public init(jobs: Int) {
        self.jobs = max(1, jobs)
    }

    public var summary: String { "\(jobs) local process\(jobs == 1 ? "" : "es") at a time" }

    public func run(_ batch: TaskBatch, progress: (String) -> Void) throws(ExecutorError) -> [TaskOutcome] {
        guard let program = batch.command.first else { throw ExecutorError("a task batch needs a command") }
        let command = try ExternalCommand(program, [])
        var outcomes: [TaskOutcome] = []
        var running: [(index: Int, process: Process, log: String)] = []
        var next = 0
        while next < batch.count || !running.isEmpty {
            while running.count < jobs && next < batch.count {
                let log = (batch.logDirectory as NSString).appendingPathComponent("\(batch.name)-\(next).log")
                let task = ExternalCommand(resolved: command.executable, Array(batch.command.dropFirst()) + ["\(next)"])
                running.append((next, try task.start(logTo: log), log))
                next += 1
            }
            Thread.sleep(forTimeInterval: pollInterval)
            let done = running.filter { !$0.process.isRunning }
            running.removeAll { item in done.contains { $0.index == item.index } }
            for finished in done {
                let status = finished.process.terminationStatus
                let outcome = TaskOutcome(index: finished.index, succeeded: status == 0,
                                          detail: status == 0 ? "finished" : "local task \(finished.index): exit status \(status)",
                                          log: finished.log)
                outcomes.append(outcome)
                progress("task \(outcomes.count) of \(batch.count) " + (outcome.succeeded ? "finished" : "failed (exit status \(status))")
                    + ", \(running.count) running")
            }
        }
        return outcomes.sorted { $0.index < $1.index }
    }
}

extension ExternalCommand {
    /// A command whose executable is already known.
    init(resolved executable: String, _ arguments: [String]) {
        self.executable = executable
        self.arguments = arguments
    }
}
