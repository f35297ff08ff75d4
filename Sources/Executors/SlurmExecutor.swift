import Foundation

/// Runs a batch as one Slurm job array (`sbatch --array`), one task per index, and waits for it, reporting progress
/// from squeue; Ctrl-C cancels the array (scancel). Task states come from sacct, or from scontrol on clusters without
/// accounting.
public struct SlurmExecutor: TaskExecutor {
    public let options: SlurmOptions
    /// How often squeue is asked.
    public var pollInterval: Double = 2
    /// Ctrl-C and SIGTERM while waiting; tests fire it themselves.
    public var interruption: InterruptWatch

    public init(options: SlurmOptions, interruption: InterruptWatch = InterruptWatch()) {
        self.options = options
        self.interruption = interruption
    }

    public var summary: String {
        let cpus = "\(options.cpusPerTask) CPU\(options.cpusPerTask == 1 ? "" : "s") per task"
        return "Slurm" + (options.partition.map { ", partition \($0)" } ?? "") + ", " + cpus
    }

    public func run(_ batch: TaskBatch, progress: (String) -> Void) throws(ExecutorError) -> [TaskOutcome] {
        guard batch.count > 0 else { return [] }
        let script = (batch.logDirectory as NSString).appendingPathComponent("\(batch.name).sbatch")
        do { try options.script(for: batch).write(toFile: script, atomically: true, encoding: .utf8) } catch {
            throw ExecutorError("cannot write the batch script \(script): \(error.localizedDescription)")
        }
        let jobID = try submit(script, batch: batch)
        progress("submitted Slurm job array \(jobID) (\(batch.count) task\(batch.count == 1 ? "" : "s")); logs in \(batch.logDirectory)")
        interruption.start()
        defer { interruption.stop() }
        try wait(for: jobID, batch: batch, progress: progress)
        let states = finalStates(jobID)
        return (0..<batch.count).map { index in
            let log = options.log(batch, jobID: jobID, index: index)
            guard let state = states[index] else {
                return TaskOutcome(index: index, succeeded: true, detail: "Slurm job \(jobID)_\(index) (state not reported)", log: log)
            }
            return TaskOutcome(index: index, succeeded: state.state == "COMPLETED",
                               detail: "Slurm job \(jobID)_\(index): \(state.state), exit code \(state.exitCode)", log: log)
        }
    }

    private func submit(_ script: String, batch: TaskBatch) throws(ExecutorError) -> String {
        guard ExternalCommand.locate("sbatch") != nil else {
            throw ExecutorError("sbatch was not found on PATH: --executor slurm needs Slurm's commands on this machine")
        }
        let result = try ExternalCommand("sbatch", ["--parsable", "--chdir=\(batch.logDirectory)"] + options.extra + [script]).run()
        let jobID = result.output.split(whereSeparator: \.isNewline).last?.split(separator: ";").first.map(String.init) ?? ""
        guard result.status == 0, !jobID.isEmpty, jobID.allSatisfy(\.isNumber) else {
            let said = (result.errors + result.output).trimmingCharacters(in: .whitespacesAndNewlines)
            throw ExecutorError("sbatch refused the job array (exit status \(result.status)): \(said.isEmpty ? "no message" : said)")
        }
        return jobID
    }

    /// Polls squeue until no task of the array is pending or running; cancels the array when interrupted.
    private func wait(for jobID: String, batch: TaskBatch, progress: (String) -> Void) throws(ExecutorError) {
        var last = "", failures = 0
        while true {
            if interruption.interrupted {
                let cancelled = (try? ExternalCommand("scancel", [jobID]).run())?.status == 0
                throw ExecutorError("interrupted: " + (cancelled ? "cancelled Slurm job \(jobID) (scancel \(jobID))"
                    : "scancel \(jobID) failed; cancel the job yourself"))
            }
            let result = try ExternalCommand("squeue", ["-h", "-r", "-j", jobID, "-o", "%K %T"]).run()
            if result.status != 0 {
                if result.errors.contains("Invalid job id") { return }  // finished and already purged
                failures += 1
                guard failures < 30 else {
                    throw ExecutorError("squeue keeps failing: \(result.errors.trimmingCharacters(in: .whitespacesAndNewlines))")
                }
            } else {
                failures = 0
                let queued = SlurmStates.queued(result.output)
                if queued.isEmpty { return }
                let running = queued.values.filter { $0 == "RUNNING" }.count
                let line = "Slurm job \(jobID): \(batch.count - queued.count) of \(batch.count) finished, \(running) running, "
                    + "\(queued.count - running) waiting"
                if line != last { progress(line) }
                last = line
            }
            Thread.sleep(forTimeInterval: pollInterval)
        }
    }

    /// How each task ended, by index: sacct where accounting is kept, else scontrol (while Slurm still holds the job).
    private func finalStates(_ jobID: String) -> [Int: (state: String, exitCode: String)] {
        if let sacct = try? ExternalCommand("sacct", ["-n", "-P", "-X", "-j", jobID, "-o", "JobID,State,ExitCode"]).run(),
           sacct.status == 0 {
            let states = SlurmStates.accounted(sacct.output)
            if !states.isEmpty { return states }
        }
        guard let scontrol = try? ExternalCommand("scontrol", ["-o", "show", "job", jobID]).run(), scontrol.status == 0 else { return [:] }
        return SlurmStates.controlled(scontrol.output)
    }
}
