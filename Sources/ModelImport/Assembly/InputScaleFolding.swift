import NeuralNetwork
import Tensors

/// Folds an input scale and a foreign batch-normalisation epsilon into the weights, so that the imported network
/// runs unchanged wherever Digitbook runs networks (every command, report cell and the web server).
enum InputScaleFolding {
    /// Digitbook's batch normalisation epsilon (Keras's).
    static let digitbookEpsilon = BatchNorm().epsilon

    /// `layer` as it must be when its inputs arrive multiplied by `1 / scale`, i.e. so that it computes on
    /// `scale × input` what the original layer computed on `input`.
    ///
    /// A conv or dense kernel is multiplied by `scale` (zero padding stays zero). Batch normalisation
    /// `γ (s·x − μ) / √(σ² + ε) + β` becomes `γ' (x − μ') / √(σ'² + ε₀) + β` with `μ' = μ / s`,
    /// `σ'² = 1 − ε₀` and `γ' = γ · s / √(σ² + ε)`: exact for any source epsilon ε, with ε₀ Digitbook's.
    static func fold(_ layer: ImportedModel.LayerWeights, scale: Float) -> ImportedModel.LayerWeights {
        var layer = layer
        if var kernel = layer.weights["kernel"], scale != 1 {
            kernel.value = multiplied(kernel.value) { value, _ in value * scale }
            layer.weights["kernel"] = kernel
        }
        let epsilon = layer.epsilon ?? digitbookEpsilon
        guard var gamma = layer.weights["gamma"], var mean = layer.weights["moving_mean"],
              var variance = layer.weights["moving_variance"], scale != 1 || epsilon != digitbookEpsilon else { return layer }
        let deviations = variance.value.scalars.map { ($0 + epsilon).squareRoot() }
        gamma.value = multiplied(gamma.value) { value, channel in value * scale / deviations[channel] }
        mean.value = multiplied(mean.value) { value, _ in value / scale }
        variance.value = Tensor(shape: variance.value.shape, repeating: 1 - digitbookEpsilon)
        layer.weights["gamma"] = gamma
        layer.weights["moving_mean"] = mean
        layer.weights["moving_variance"] = variance
        layer.epsilon = digitbookEpsilon
        return layer
    }

    private static func multiplied(_ tensor: Tensor, by transform: (Float, Int) -> Float) -> Tensor {
        let scalars = tensor.scalars
        return Tensor(shape: tensor.shape) { output in
            for index in scalars.indices { output[index] = transform(scalars[index], index) }
        }
    }
}
