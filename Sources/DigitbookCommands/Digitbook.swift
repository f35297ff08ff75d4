import ArgumentParser
import Foundation
import Tensors

/// The `digitbook` command: trains, evaluates and reports on handwritten-digit classifiers.
public struct Digitbook: AsyncParsableCommand {
    /// The version written into every artefact Digitbook makes.
    public static let version = "0.2.0"

    public static let configuration = CommandConfiguration(
        commandName: "digitbook",
        abstract: "Train, evaluate and report on handwritten-digit classifiers.",
        version: version,
        subcommands: [
            DatasetsCommand.self, PreprocessCommand.self, SummaryCommand.self, TrainCommand.self, PredictCommand.self,
            EvaluateCommand.self,
            RenderCommand.self, PreviewCommand.self, CacheCommand.self, ServeCommand.self, GradeCommand.self, ImportCommand.self,
            BenchCommand.self,
            RenderTaskCommand.self,
        ]
    )

    public init() {}
}

extension Digitbook {
    /// Parses the process's arguments and runs the chosen command; the entry point of the executable.
    ///
    /// Called from an async context so that ArgumentParser picks its asynchronous `main()`.
    /// First restarts with OpenBLAS's AVX-512 kernels where the CPU has them (see `OpenBLASCoreType`).
    public static func runFromCommandLine() async {
        OpenBLASCoreType.restartWithPreferredKernelsIfNeeded()
        MemoryTuning.keepLargeBuffers()
        do {
            var command = try parseAsRoot()
            if var asynchronous = command as? any AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch {
            exit(reporting: error)
        }
    }

    /// Prints `error` as ArgumentParser would (help and version on standard output, errors on standard error), but
    /// through `Console.printable`, since messages quote file names and contents; then exits with its code.
    static func exit(reporting error: any Error) -> Never {
        let code = exitCode(for: error)
        let message = fullMessage(for: error)
        if !message.isEmpty {
            if code == .success { Console.line(message) } else { Console.error(message) }
        }
        Foundation.exit(code.rawValue)
    }
}
