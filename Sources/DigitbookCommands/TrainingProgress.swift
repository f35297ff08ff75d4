import Foundation
import Runs
import Training

/// Shows training progress: a live line on a terminal; otherwise (a log, a CI job, a Slurm task) a line per minute
/// while an epoch runs, so a long epoch is not taken for a hang, and one line per epoch.
final class TrainingProgress {
    private let epochs: Int
    private let live: Bool
    /// How often a non-terminal hears from an epoch that is still running (a minute).
    private let quietInterval: TimeInterval
    private var epochStart = Date()
    private var lastDraw = Date.distantPast

    init(epochs: Int, live: Bool = isatty(STDOUT_FILENO) != 0, quietInterval: TimeInterval = 60) {
        self.epochs = epochs
        self.live = live
        self.quietInterval = quietInterval
    }

    func handle(_ event: TrainingEvent) {
        switch event {
        case .batch(let epoch, let batch, let batches, let loss, let accuracy):
            if batch == 1 {
                epochStart = Date()
                if !live { lastDraw = epochStart }
            }
            guard live else {
                guard Date().timeIntervalSince(lastDraw) >= quietInterval, batch < batches else { return }
                lastDraw = Date()
                Console.line(String(format: "epoch %d/%d  batch %d/%d  loss %.4f  accuracy %.4f  %.0f s so far", epoch, epochs, batch,
                                    batches, loss, accuracy, Date().timeIntervalSince(epochStart)))
                return
            }
            guard batch == batches || Date().timeIntervalSince(lastDraw) > 0.1 else { return }
            lastDraw = Date()
            let elapsed = Date().timeIntervalSince(epochStart)
            let eta = elapsed / Double(batch) * Double(batches - batch)
            let filled = 24 * batch / batches
            let bar = String(repeating: "=", count: filled) + (filled < 24 ? ">" : "") + String(repeating: " ", count: max(0, 23 - filled))
            let line = "epoch \(epoch)/\(epochs) [\(bar)] \(batch)/\(batches)  "
                + String(format: "loss %.4f  accuracy %.4f  ETA %.0fs", loss, accuracy, eta)
            Console.raw("\r" + Console.printable(line) + "\u{1B}[K", terminator: "")
        case .epoch(let record):
            if live { Console.raw("\r\u{1B}[K", terminator: "") }
            var line = String(format: "epoch %d/%d  loss %.4f  accuracy %.4f", record.epoch, epochs, record.loss, record.accuracy)
            if let valLoss = record.valLoss, let valAccuracy = record.valAccuracy {
                line += String(format: "  val_loss %.4f  val_accuracy %.4f", valLoss, valAccuracy)
            }
            line += String(format: "  lr %.3g  %.1f s", record.learningRate, record.seconds)
            Console.line(line)
        }
    }
}
