import Foundation
import LiterateReport

/// Shows a render's progress: one line per cell (from the cache or computed), training progress while a run trains.
final class RenderProgress {
    private var training: TrainingProgress?
    /// "run 7 of 24: " before the next cell's line, when it is a sweep's run.
    private var sweepRun = ""

    func handle(_ event: ReportRenderer.Event) {
        switch event {
        case .cellStarted(let index, let count, let cell, let cached):
            Console.line("[\(index + 1)/\(count)] \(sweepRun)\(cell.kind.rawValue) \(cell.id) (line \(cell.line))"
                + (cached ? ": from the cache" : ""))
            sweepRun = ""
            if cell.kind == .train && !cached {
                if case .integer(let epochs)? = cell.options["epochs"] {
                    training = TrainingProgress(epochs: epochs)
                } else {
                    training = TrainingProgress(epochs: 3)
                }
            }
        case .executor(let line):
            Console.line("      \(line)")
        case .sweepRun(let number, let total):
            sweepRun = "run \(number) of \(total): "
        case .training(_, let event):
            training?.handle(event)
        case .cellFinished(_, let seconds, let headline, let failure):
            training = nil
            if let failure {
                Console.line("      failed: \(failure)")
            } else if seconds > 0 {
                Console.line("      computed in \(String(format: "%.2f", seconds)) s" + (headline.isEmpty ? "" : ": \(headline)"))
            }
        }
    }
}
