import Foundation
import TestSupport
import Testing
@testable import Executors

/// The local executor and the pieces the Slurm one is made of, without a cluster.
@Suite struct LocalExecutorTests {
    @Test func runsEveryTaskWithItsIndexAndKeepsEachLog() throws {
        let folder = TemporaryDirectory("local-executor")
        // Task i writes i to a file and fails when i is 3.
        let script = "echo started $0; echo $0 > \(folder.path)/out-$0; [ $0 -ne 3 ] || { echo 'error: three is bad' >&2; exit 4; }"
        let batch = TaskBatch(command: ["sh", "-c", script], count: 5, logDirectory: folder.path, name: "t")
        var lines: [String] = []
        let outcomes = try LocalExecutor(jobs: 2).run(batch) { lines.append($0) }
        #expect(outcomes.map(\.index) == [0, 1, 2, 3, 4])
        #expect(outcomes.map(\.succeeded) == [true, true, true, false, true])
        #expect(outcomes[3].detail == "local task 3: exit status 4" && outcomes[3].lastLogLine == "error: three is bad")
        #expect(outcomes[3].log == folder.file("t-3.log"))
        for index in 0..<5 {
            #expect((try? String(contentsOfFile: folder.file("out-\(index)"), encoding: .utf8)) == "\(index)\n")
        }
        #expect(lines.count == 5 && lines.last?.hasPrefix("task 5 of 5") == true)
    }

    @Test func runsNoMoreThanJobsAtOnce() throws {
        let folder = TemporaryDirectory("local-executor-jobs")
        // Each task records how many tasks are running when it starts (marker files), then waits a little.
        let script = "touch \(folder.path)/run-$0; ls \(folder.path) | grep -c '^run-' > \(folder.path)/seen-$0; sleep 0.3; "
            + "rm \(folder.path)/run-$0"
        let batch = TaskBatch(command: ["sh", "-c", script], count: 6, logDirectory: folder.path, name: "j")
        _ = try LocalExecutor(jobs: 2).run(batch) { _ in }
        let seen = (0..<6).compactMap { try? String(contentsOfFile: folder.file("seen-\($0)"), encoding: .utf8) }
            .compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        #expect(seen.count == 6 && seen.allSatisfy { $0 <= 2 } && seen.contains(2), "\(seen)")
    }

    @Test func aMissingProgramIsAnError() {
        let batch = TaskBatch(command: ["no-such-digitbook-program"], count: 1, logDirectory: "/tmp", name: "x")
        let error = #expect(throws: ExecutorError.self) { try LocalExecutor(jobs: 2).run(batch) { _ in } }
        #expect(error?.message == "no-such-digitbook-program was not found on PATH")
    }

    @Test func writesAJobArrayScript() {
        let batch = TaskBatch(command: ["/opt/digitbook", "render-task", "/shared/it's.json"], count: 12, logDirectory: "/shared/logs",
                              name: "digitbook-r")
        let script = SlurmOptions(partition: "gpu", time: "01:00:00", cpusPerTask: 4).script(for: batch)
        #expect(script.hasPrefix("#!/bin/sh\n#SBATCH --job-name=digitbook-r\n#SBATCH --array=0-11\n"))
        #expect(script.contains("#SBATCH --output=/shared/logs/digitbook-r-%A_%a.log\n#SBATCH --cpus-per-task=4\n"))
        #expect(script.contains("#SBATCH --partition=gpu\n#SBATCH --time=01:00:00\n"))
        #expect(script.hasSuffix("exec '/opt/digitbook' 'render-task' '/shared/it'\\''s.json' \"$SLURM_ARRAY_TASK_ID\"\n"))
    }

    @Test func readsSlurmsAnswers() {
        #expect(SlurmStates.queued("3 RUNNING\n4 PENDING\n5 PENDING\n") == [3: "RUNNING", 4: "PENDING", 5: "PENDING"])
        let sacct = SlurmStates.accounted("41_0|COMPLETED|0:0\n41_1|FAILED|1:0\n41_2|CANCELLED by 0|0:15\n")
        #expect(sacct[1]?.state == "FAILED" && sacct[1]?.exitCode == "1:0" && sacct[2]?.state == "CANCELLED" && sacct.count == 3)
        let scontrol = SlurmStates.controlled("JobId=42 ArrayJobId=41 ArrayTaskId=1 JobName=x JobState=FAILED Reason=NonZeroExitCode "
            + "ExitCode=1:0\nJobId=41 ArrayJobId=41 ArrayTaskId=0 JobState=COMPLETED ExitCode=0:0\n")
        #expect(scontrol[1]?.state == "FAILED" && scontrol[0]?.state == "COMPLETED" && scontrol[0]?.exitCode == "0:0")
    }
}
