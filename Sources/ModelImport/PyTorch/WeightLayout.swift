/// How a weights file lays out its tensors: PyTorch's (conv kernels (out, in, height, width), dense weights
/// (out, in), flattened features channel-first, batch normalisation epsilon 1e-5) or Keras's, which is Digitbook's
/// (kernels (height, width, in, out) and (in, out), features channel-last, epsilon 0.001).
public enum WeightLayout: String, Codable, Sendable, CaseIterable {
    case pytorch, keras

    /// The batch normalisation epsilon of the framework that wrote the file.
    var batchNormEpsilon: Float { self == .pytorch ? 1e-5 : 1e-3 }

    /// The tensor names each parameter may have in the file, by Digitbook parameter name.
    static let names: [String: [String]] = [
        "kernel": ["weight", "kernel"], "bias": ["bias"], "gamma": ["weight", "gamma"], "beta": ["bias", "beta"],
        "moving_mean": ["running_mean", "moving_mean"], "moving_variance": ["running_var", "moving_variance"],
    ]

    /// The shape a Digitbook parameter of `shape` has in this layout.
    func fileShape(of shape: [Int]) -> [Int] {
        guard self == .pytorch else { return shape }
        switch shape.count {
        case 4: return [shape[3], shape[2], shape[0], shape[1]]
        case 2: return [shape[1], shape[0]]
        default: return shape
        }
    }

    /// What the axes of a parameter of rank `rank` are, for error messages.
    func axes(rank: Int) -> String {
        switch (self, rank) {
        case (.pytorch, 4): return " (out, in, height, width)"
        case (.pytorch, 2): return " (out, in)"
        case (.keras, 4): return " (height, width, in, out)"
        case (.keras, 2): return " (in, out)"
        default: return ""
        }
    }
}
