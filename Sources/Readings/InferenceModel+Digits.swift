import IDX
import Runs
import UserImages

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
