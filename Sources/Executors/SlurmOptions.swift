/// What `render --executor slurm` asks of the cluster for each task.
public struct SlurmOptions: Sendable, Equatable {
    public var partition: String?
    /// The time limit per task, as sbatch takes it (HH:MM:SS).
    public var time: String?
    public var cpusPerTask: Int
    /// Further sbatch arguments, such as `--account=ml --mem=4G`.
    public var extra: [String]

    public init(partition: String? = nil, time: String? = nil, cpusPerTask: Int = 1, extra: [String] = []) {
        self.partition = partition
        self.time = time
        self.cpusPerTask = cpusPerTask
        self.extra = extra
    }

    /// The batch script of a job array running `batch`'s tasks, one per array index, each logging to its own file.
    func script(for batch: TaskBatch) -> String {
        var lines = ["#!/bin/sh", "#SBATCH --job-name=\(batch.name)", "#SBATCH --array=0-\(batch.count - 1)",
                     "#SBATCH --output=\(logPattern(batch))", "#SBATCH --cpus-per-task=\(cpusPerTask)", "#SBATCH --ntasks=1"]
        if let partition { lines.append("#SBATCH --partition=\(partition)") }
        if let time { lines.append("#SBATCH --time=\(time)") }
        lines.append("# One Digitbook task per array index; each computes one cache entry and writes it atomically.")
        lines.append("exec " + batch.command.map(Self.quoted).joined(separator: " ") + " \"$SLURM_ARRAY_TASK_ID\"")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The log file name pattern (`%A` the array's job id, `%a` the task index).
    func logPattern(_ batch: TaskBatch) -> String { "\(batch.logDirectory)/\(batch.name)-%A_%a.log" }

    /// The log of task `index` of job `jobID`.
    func log(_ batch: TaskBatch, jobID: String, index: Int) -> String { "\(batch.logDirectory)/\(batch.name)-\(jobID)_\(index).log" }

    /// `text` as one shell word.
    static func quoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}
