import Foundation
import NeuralNetwork

/// What one epoch of training measured, under Keras's names.
public struct EpochRecord: Codable, Equatable, Sendable {
    public let epoch: Int
    public let loss: Double
    public let accuracy: Double
    public let valLoss: Double?
    public let valAccuracy: Double?
    public let learningRate: Double
    public let seconds: Double

    public init(epoch: Int, loss: Double, accuracy: Double, valLoss: Double?, valAccuracy: Double?, learningRate: Double,
                seconds: Double) {
        self.epoch = epoch
        self.loss = loss
        self.accuracy = accuracy
        self.valLoss = valLoss
        self.valAccuracy = valAccuracy
        self.learningRate = learningRate
        self.seconds = seconds
    }

    enum CodingKeys: String, CodingKey {
        case epoch, loss, accuracy, seconds
        case valLoss = "val_loss"
        case valAccuracy = "val_accuracy"
        case learningRate = "learning_rate"
    }
}

/// Loss and accuracy of a model on a labelled set.
public struct LossAndAccuracy: Codable, Equatable, Sendable {
    public let loss: Double
    public let accuracy: Double
    public let count: Int

    public init(loss: Double, accuracy: Double, count: Int) {
        self.loss = loss
        self.accuracy = accuracy
        self.count = count
    }

    /// The cross-entropy and accuracy of class probabilities already computed (one row per example) against `labels`,
    /// the loss as training computes it (``SoftmaxCrossEntropy/lossOfTruth(_:)``).
    public init(probabilities: [[Float]], labels: [Int]) {
        var lossSum = 0.0, correct = 0
        for (row, label) in zip(probabilities, labels) {
            let predicted = row.indices.max { row[$0] < row[$1] } ?? 0
            if predicted == label { correct += 1 }
            let truth = row.indices.contains(label) ? Double(row[label]) : 0
            lossSum += SoftmaxCrossEntropy.lossOfTruth(truth)
        }
        let count = max(labels.count, 1)
        self.init(loss: lossSum / Double(count), accuracy: Double(correct) / Double(count), count: labels.count)
    }
}
