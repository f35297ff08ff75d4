import Foundation
import Tensors

/// Softmax followed by cross-entropy against integer labels, fused for numerical stability.
///
/// The model's last layer produces logits; this is the `Dense(10, activation="softmax")` head of Keras
/// together with `sparse_categorical_crossentropy`.
public enum SoftmaxCrossEntropy {
    /// The result for one batch.
    public struct Evaluation {
        /// The mean loss over the batch.
        public let loss: Double
        /// How many examples the arg-max of the logits classified correctly.
        public let correct: Int
        /// d(mean loss)/d(logits), or an empty tensor when not asked for.
        public let gradient: Tensor
    }

    /// Evaluates `logits` (batch, classes) against `labels`.
    public static func evaluate(logits: Tensor, labels: [Int], gradient wantsGradient: Bool) -> Evaluation {
        let batch = logits.shape[0], classes = logits.shape[1]
        var probabilities = softmax(logits)
        var loss = 0.0, correct = 0
        probabilities.withUnsafeMutablePointer { p in
            for row in 0..<batch {
                let offset = row * classes, label = labels[row]
                loss += lossOfTruth(Double(p[offset + label]))
                var best = 0
                for c in 1..<classes where p[offset + c] > p[offset + best] { best = c }
                if best == label { correct += 1 }
                if wantsGradient {
                    p[offset + label] -= 1
                    for c in 0..<classes { p[offset + c] /= Float(batch) }
                }
            }
        }
        return Evaluation(loss: loss / Double(max(batch, 1)), correct: correct,
                          gradient: wantsGradient ? probabilities : Tensor(shape: [0]))
    }

    /// The smallest probability of the true class the loss takes: Keras's epsilon, so that a confident mistake costs
    /// -log(1e-7) ≈ 16.1 rather than infinity.
    public static let probabilityFloor = 1e-7

    /// One example's loss when the model gives its true class probability `probability`: the one definition of the
    /// loss that training, validation and run.json's test figures all use (Keras's; scikit-learn's `log_loss`, which
    /// `evaluate` and the reports give as a metric, clips at float64's epsilon instead).
    public static func lossOfTruth(_ probability: Double) -> Double {
        -log(max(probability, probabilityFloor))
    }

    /// Row-wise softmax of `logits` (batch, classes).
    public static func softmax(_ logits: Tensor) -> Tensor {
        let batch = logits.shape[0], classes = logits.shape[1]
        var result = logits
        result.withUnsafeMutablePointer { p in
            for row in 0..<batch {
                let values = p + row * classes
                var peak = values[0]
                for c in 1..<classes { peak = max(peak, values[c]) }
                var sum: Float = 0
                for c in 0..<classes {
                    values[c] = exp(values[c] - peak)
                    sum += values[c]
                }
                for c in 0..<classes { values[c] /= sum }
            }
        }
        return result
    }
}
