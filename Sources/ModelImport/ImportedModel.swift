import NeuralNetwork
import Tensors

/// A model read from another framework's file, before it becomes a Digitbook network: the architecture as a spec,
/// the weights of each layer that has any (already in Digitbook's layouts), and how its inputs are scaled.
public struct ImportedModel: Sendable {
    /// The file format the model came from.
    public enum Format: String, Codable, Sendable {
        case keras, kerasH5 = "keras-h5", safetensors
    }

    /// One weight as read, with the name it had in the file (for errors and the record).
    public struct Weight: Sendable {
        public let source: String
        public var value: Tensor
    }

    /// The weights of one conv, dense or batch-normalisation layer, keyed by Digitbook's parameter names
    /// (`kernel`, `bias`, `gamma`, `beta`, `moving_mean`, `moving_variance`).
    public struct LayerWeights: Sendable {
        /// The layer's name in the file.
        public let source: String
        public var weights: [String: Weight]
        /// A batch normalisation's epsilon in the source framework (Keras 0.001, PyTorch 1e-5).
        public var epsilon: Float?

        public init(source: String, weights: [String: Weight], epsilon: Float? = nil) {
            self.source = source
            self.weights = weights
            self.epsilon = epsilon
        }
    }

    /// The file the model was read from, as errors name it.
    public let file: String
    public let format: Format
    public let spec: ModelSpec
    /// (height, width, channels) of one input image.
    public let inputShape: [Int]
    /// One entry per layer with weights, in model order.
    public var layers: [LayerWeights]
    /// The product of the model's own constant rescalings of its input (Keras `Rescaling(1/255)` gives 1/255).
    public let inputScale: Float

    public init(file: String, format: Format, spec: ModelSpec, inputShape: [Int], layers: [LayerWeights], inputScale: Float = 1) {
        self.file = file
        self.format = format
        self.spec = spec
        self.inputShape = inputShape
        self.layers = layers
        self.inputScale = inputScale
    }
}
