import Runs
/// Training stopped because the loss stopped being a number: continuing would only write a useless model.
public struct TrainingDiverged: Error, CustomStringConvertible, Equatable, Sendable {
    public let epoch: Int
    public let batch: Int
    public let loss: Double

    public var description: String {
        "training diverged at epoch \(epoch), batch \(batch): the loss became \(loss.isNaN ? "nan" : "\(loss)"); nothing was written. " +
            "Try a lower learning rate (--lr), a smaller momentum, or the Adam optimiser"
    }
}
