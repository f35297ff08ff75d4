import FileIO
import Foundation
import IDX
import NeuralNetwork

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
        let rows = replicas.withReplica { Inference.probabilities($0, for: images, threads: threads) }
        try NonFiniteOutput.check(rows, source: source)
        return rows
    }
}
