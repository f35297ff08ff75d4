import LiterateReport
import NumberFormats
import Training

/// Turns a render's events into the one line the page shows while it renders: which cell of how many, whether it
/// comes from the cache, and the epoch and batch while a run trains.
struct PreviewProgress {
    private var cellLine = ""
    private var sweepRun = ""
    private(set) var line = "reading the source"

    mutating func handle(_ event: ReportRenderer.Event) {
        switch event {
        case .sweepRun(let number, let total):
            sweepRun = "run \(number) of \(total) of the sweep, "
        case .cellStarted(let index, let count, let cell, let cached):
            cellLine = "cell \(index + 1) of \(count), \(sweepRun)\(cell.kind.rawValue) \(cell.id) (line \(cell.line))"
            sweepRun = ""
            line = cellLine + (cached ? ": from the cache" : ": computing")
        case .training(_, .batch(let epoch, let batch, let batches, _, _)):
            line = cellLine + ": epoch \(epoch), batch \(batch.thousandsSeparated) of \(batches.thousandsSeparated)"
        case .training(_, .epoch(let record)):
            line = cellLine + ": epoch \(record.epoch) done"
        case .executor(let text):
            line = text
        case .cellFinished:
            break
        }
    }
}
