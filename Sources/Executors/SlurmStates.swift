/// Reading Slurm's answers about a job array: what squeue says is still queued, and how each task ended.
enum SlurmStates {
    /// squeue -h -r -j JOB -o "%K %T": one "INDEX STATE" line per task still pending or running.
    static func queued(_ output: String) -> [Int: String] {
        var states: [Int: String] = [:]
        for line in output.split(whereSeparator: \.isNewline) {
            let fields = line.split(separator: " ")
            if fields.count == 2, let index = Int(fields[0]) { states[index] = String(fields[1]) }
        }
        return states
    }

    /// sacct -n -P -X -j JOB -o JobID,State,ExitCode: "JOB_INDEX|STATE|CODE" lines.
    static func accounted(_ output: String) -> [Int: (state: String, exitCode: String)] {
        var states: [Int: (String, String)] = [:]
        for line in output.split(whereSeparator: \.isNewline) {
            let fields = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 3, let underscore = fields[0].lastIndex(of: "_"),
                  let index = Int(fields[0][fields[0].index(after: underscore)...]) else { continue }
            states[index] = (fields[1].split(separator: " ").first.map(String.init) ?? fields[1], fields[2])
        }
        return states
    }

    /// scontrol -o show job JOB: one line per task with ArrayTaskId=, JobState= and ExitCode= fields (for clusters
    /// without accounting, where sacct has nothing).
    static func controlled(_ output: String) -> [Int: (state: String, exitCode: String)] {
        var states: [Int: (String, String)] = [:]
        for line in output.split(whereSeparator: \.isNewline) {
            var fields: [String: String] = [:]
            for word in line.split(separator: " ") {
                let parts = word.split(separator: "=", maxSplits: 1)
                if parts.count == 2 { fields[String(parts[0])] = String(parts[1]) }
            }
            guard let index = fields["ArrayTaskId"].flatMap({ Int($0) }), let state = fields["JobState"] else { continue }
            states[index] = (state, fields["ExitCode"] ?? "?")
        }
        return states
    }
}
