import Foundation
import Runs
import Training

/// Shows training progress: a live line on a terminal, one line per epoch otherwise.
final class TrainingProgress {
    private let epochs: Int
    private let live = isatty(STDOUT_FILENO) != 0
    private var epochStart = Date()
    private var lastDraw = Date.distantPast

    init(epochs: Int) {
        self.epochs = epochs
    }

    func handle(_ event: TrainingEvent) {
        switch event {
        case .batch(let epoch, let batch, let batches, let loss, let accuracy):
            if batch == 1 { epochStart = Date() }
            guard live, batch == batches || Date().timeIntervalSince(lastDraw) > 0.1 else { return }
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
