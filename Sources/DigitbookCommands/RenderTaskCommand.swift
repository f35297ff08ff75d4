import ArgumentParser
import LiterateReport
import Tensors

/// `digitbook render-task FILE INDEX`: computes one cache entry of a render handed to an executor (what each process
/// of `render --jobs` and each Slurm array task runs).
struct RenderTaskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render-task",
        abstract: "Compute one training run of a render handed to an executor (run by render --jobs and --executor slurm).",
        discussion: """
            FILE is a task file written by render in its cache folder (.tasks/); INDEX picks the run. The entry is written \
            into the cache atomically; a run whose key here differs from the render's (another build, dataset, thread count \
            or OpenBLAS kernels) is refused.
            """)

    @Argument(help: ArgumentHelp("The task file.", valueName: "file"))
    var file: String

    @Argument(help: ArgumentHelp("Which task, from 0.", valueName: "index"))
    var index: Int

    func run() throws {
        let progress = RenderProgress()
        try ReportRenderer.computeTask(file: file, index: index, version: BuildIdentity.version, events: progress.handle)
        Console.line("task \(index) of \(file): done")
    }
}
