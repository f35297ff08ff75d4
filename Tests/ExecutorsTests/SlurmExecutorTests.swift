import Foundation
import TestSupport
import Testing
@testable import Executors

/// The Slurm executor against a real cluster (`.ci/slurm-up` starts one on this machine); skipped without sbatch.
@Suite(.enabled(if: SlurmCluster.isUp, "needs a Slurm cluster: run .ci/slurm-up"))
struct SlurmExecutorTests {
    @Test func runsAJobArrayAndReportsEachTask() throws {
        let folder = TemporaryDirectory("slurm-executor", in: SlurmCluster.sharedFolder)
        let script = "echo task $0 on $(hostname); [ $0 -ne 1 ] || { echo 'error: one is bad'; exit 3; }"
        let batch = TaskBatch(command: ["/bin/sh", "-c", script], count: 3, logDirectory: folder.path, name: "array")
        var executor = SlurmExecutor(options: SlurmOptions(cpusPerTask: 1))
        executor.pollInterval = 0.3
        var lines: [String] = []
        let outcomes = try executor.run(batch) { lines.append($0) }
        #expect(outcomes.map(\.succeeded) == [true, false, true], "\(outcomes)")
        #expect(outcomes[1].detail.contains(": FAILED, exit code 3:0") && outcomes[1].lastLogLine == "error: one is bad")
        #expect(lines.first?.hasPrefix("submitted Slurm job array ") == true)
    }

    @Test func anInterruptCancelsTheArray() throws {
        let folder = TemporaryDirectory("slurm-cancel", in: SlurmCluster.sharedFolder)
        let batch = TaskBatch(command: ["/bin/sh", "-c", "sleep 60"], count: 2, logDirectory: folder.path, name: "cancel")
        var executor = SlurmExecutor(options: SlurmOptions(cpusPerTask: 1))
        executor.pollInterval = 0.3
        let watch = executor.interruption
        var jobID = ""
        let error = #expect(throws: ExecutorError.self) {
            try executor.run(batch) { line in
                if line.hasPrefix("submitted") { jobID = String(line.split(separator: " ")[4]) }
                if line.contains("running") { watch.fire() }
            }
        }
        #expect(error?.message == "interrupted: cancelled Slurm job \(jobID) (scancel \(jobID))")
        let queue = try ExternalCommand("squeue", ["-h", "-r", "-j", jobID, "-o", "%K %T"]).run()
        Thread.sleep(forTimeInterval: 1)
        let after = try ExternalCommand("squeue", ["-h", "-r", "-j", jobID, "-t", "PENDING,RUNNING", "-o", "%K %T"]).run()
        #expect(after.output.isEmpty, "still queued after scancel: \(after.output) (before: \(queue.output))")
    }
}
