import FileIO
import Foundation
import IDX
import NeuralNetwork
import UserImages

/// A trained run loaded once and asked for many predictions: the one way Digitbook asks a run folder for
/// probabilities (the server, `predict`, `evaluate`, report cells, grading), so that an output that is not a number is
/// refused everywhere alike (`NonFiniteOutput`). Import checks the network it builds with the same `NonFiniteOutput`
/// before writing a run folder; training stops on a loss that is not a number.
///
/// A network's layers keep scratch space between passes, so each pass borrows a copy of the network that no other pass
/// is using (``ModelReplicas``): passes from several threads run at the same time, each taking a whole batch of images.
public final class InferenceModel: @unchecked Sendable {
    public let record: RunRecord
    /// The number of weights, for listings.
    public let parameterCount: Int
    /// The run folder, as errors name it.
    public let source: String
    let replicas: ModelReplicas
    private let threads: Int

    /// Loads the run in `directory`; errors name the run's file and field.
    public init(_ directory: RunDirectory, threads: Int = 1) throws(FileError) {
        let (record, model) = try directory.load()
        self.record = record
        replicas = ModelReplicas(model, spec: record.spec, limit: max(2, ProcessInfo.processInfo.activeProcessorCount))
        source = directory.path
        parameterCount = model.layers.reduce(0) { $0 + $1.parameterCount }
        self.threads = max(1, threads)
    }

    /// The side of the square images the model reads (28 for MNIST).
    public var side: Int { record.inputShape.first ?? 28 }

    /// Class probabilities for each image of `images` (their side must be `side`), in one pass.
    public func probabilities(for images: ImageSet) throws(NonFiniteOutput) -> [[Float]] {
        let rows = replicas.withReplica { Trainer.probabilities($0, for: images, threads: threads) }
        try NonFiniteOutput.check(rows, source: source)
        return rows
    }
}

extension InferenceModel {
    /// Class probabilities for each of `digits` (28x28 MNIST-style inputs from UserImages), in one pass: the classifier a
    /// `NumberReader` takes. A digit of another side than the run reads is an error naming both sides.
    public func probabilities(for digits: [GreyImage]) throws -> [[Float]] {
        guard !digits.isEmpty else { return [] }
        if let other = digits.first(where: { $0.width != side || $0.height != side }) {
            throw NonFiniteOutput.InputMismatch(source: source, side: side, width: other.width, height: other.height)
        }
        return try probabilities(for: ImageSet(count: digits.count, rows: side, columns: side, pixels: digits.flatMap(\.pixels)))
    }
}
