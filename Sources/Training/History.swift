/// What one epoch of training measured, under Keras's names.
public struct EpochRecord: Codable, Equatable, Sendable {
    public let epoch: Int
    public let loss: Double
    public let accuracy: Double
    public let valLoss: Double?
    public let valAccuracy: Double?
    public let learningRate: Double
    public let seconds: Double

    enum CodingKeys: String, CodingKey {
        case epoch, loss, accuracy, seconds
        case valLoss = "val_loss"
        case valAccuracy = "val_accuracy"
        case learningRate = "learning_rate"
    }
}

/// Loss and accuracy of a model on a labelled set.
public struct Evaluation: Codable, Equatable, Sendable {
    public let loss: Double
    public let accuracy: Double
    public let count: Int

    public init(loss: Double, accuracy: Double, count: Int) {
        self.loss = loss
        self.accuracy = accuracy
        self.count = count
    }
}
