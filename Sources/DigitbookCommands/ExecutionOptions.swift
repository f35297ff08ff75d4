import ArgumentParser
import Executors
import Foundation

/// Where `render` computes missing training runs: in turn in its own process, N processes at once, or on Slurm.
struct ExecutionOptions: ParsableArguments {
    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case local, slurm
    }

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(
        "Train up to N missing runs at once on this machine, each in its own process.", valueName: "n"))
    var jobs: Int?

    @Option(name: .long, help: ArgumentHelp("Where missing training runs are computed: local or slurm (one job array; the cache "
        + "folder must be shared with the nodes).", valueName: "local|slurm"))
    var executor: Kind = .local

    @Option(name: .long, help: ArgumentHelp("The Slurm partition (default: the cluster's default).", valueName: "name"))
    var slurmPartition: String?

    @Option(name: .long, help: ArgumentHelp("The time limit of each Slurm task.", valueName: "HH:MM:SS"))
    var slurmTime: String?

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("CPUs per Slurm task (default: --threads, else 1).", valueName: "n"))
    var slurmCpus: Int?

    @Option(name: .long, help: ArgumentHelp("Further sbatch arguments, such as \"--account=ml --mem=4G\".", valueName: "args"))
    var slurmExtra: String?

    @Option(name: .long, help: .hidden)
    var taskExecutable: String?

    /// The threads per run and the executor, from the options; nil executor: train in this process.
    func plan(threads: Int?, noCache: Bool) throws -> (threads: Int, executor: (any TaskExecutor)?) {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        switch executor {
        case .local:
            guard slurmPartition == nil, slurmTime == nil, slurmCpus == nil, slurmExtra == nil else {
                throw ValidationError("--slurm-partition, --slurm-time, --slurm-cpus and --slurm-extra need --executor slurm")
            }
            guard let jobs, jobs != 1 else { return (threads ?? cores, nil) }
            guard (1...256).contains(jobs) else { throw ValidationError("--jobs must be a whole number from 1 to 256, got \(jobs)") }
            guard !noCache else { throw ValidationError("--jobs needs the cache (the runs are handed over through it); drop --no-cache") }
            return (threads ?? max(1, cores / jobs), LocalExecutor(jobs: jobs))
        case .slurm:
            guard jobs == nil else { throw ValidationError("--jobs is for the local executor; Slurm decides how many tasks run at once") }
            guard !noCache else { throw ValidationError("--executor slurm needs a cache folder the nodes share; drop --no-cache") }
            let cpus = slurmCpus ?? threads ?? 1
            guard (1...1024).contains(cpus) else {
                throw ValidationError("--slurm-cpus must be a whole number from 1 to 1024, got \(cpus)")
            }
            if let slurmTime, !Self.isTimeLimit(slurmTime) {
                throw ValidationError("--slurm-time \(slurmTime): write HH:MM:SS (or D-HH:MM:SS)")
            }
            let options = SlurmOptions(partition: slurmPartition, time: slurmTime, cpusPerTask: cpus,
                                       extra: (slurmExtra ?? "").split(whereSeparator: \.isWhitespace).map(String.init))
            return (threads ?? cpus, SlurmExecutor(options: options))
        }
    }

    /// Refuses a cache folder under /tmp for Slurm: each node has its own /tmp, so the render would never see the runs.
    static func checkShared(cache: String) throws {
        let resolved = URL(fileURLWithPath: cache).standardizedFileURL.resolvingSymlinksInPath().path
        guard resolved != "/tmp", !resolved.hasPrefix("/tmp/") else {
            throw ValidationError("--executor slurm: the cache folder \(cache) is under /tmp, which each node has for itself; "
                + "use a folder on a filesystem the nodes share (--cache DIR)")
        }
    }

    static func isTimeLimit(_ text: String) -> Bool {
        let pattern = #"^([0-9]+-)?[0-9]{1,3}(:[0-5][0-9]){0,2}$"#
        return text.range(of: pattern, options: .regularExpression) != nil
    }
}
