import FileIO
import Foundation
import IDX
import NeuralNetwork
import UserImages

/// A trained run loaded once and asked for many predictions: what a long-running caller (the web server) holds.
///
/// A network's layers keep scratch state between passes, so passes through one model are serialised; each pass
/// takes a whole batch of images at once.
public final class InferenceModel: @unchecked Sendable {
    public let record: RunRecord
    /// The number of weights, for listings.
    public let parameterCount: Int
    private let model: Sequential
    private let lock = NSLock()
    private let threads: Int

    /// Loads the run in `directory`; errors name the run's file and field.
    public init(_ directory: RunDirectory, threads: Int = 1) throws(FileError) {
        (record, model) = try directory.load()
        parameterCount = model.layers.reduce(0) { $0 + $1.parameterCount }
        self.threads = max(1, threads)
    }

    /// The side of the square images the model reads (28 for MNIST).
    public var side: Int { record.inputShape.first ?? 28 }

    /// Class probabilities for each image of `images` (their side must be `side`), in one pass.
    public func probabilities(for images: ImageSet) -> [[Float]] {
        lock.withLock { Trainer.probabilities(model, for: images, threads: threads) }
    }
}

extension InferenceModel {
    /// Class probabilities for each of `digits` (28x28 MNIST-style inputs from UserImages), in one pass: the classifier a
    /// `NumberReader` takes. Digits of another side get no probabilities.
    public func probabilities(for digits: [GreyImage]) -> [[Float]] {
        guard !digits.isEmpty, digits.allSatisfy({ $0.width == side && $0.height == side }),
              let set = try? ImageSet(count: digits.count, rows: side, columns: side, pixels: digits.flatMap(\.pixels)) else { return [] }
        return probabilities(for: set)
    }
}
