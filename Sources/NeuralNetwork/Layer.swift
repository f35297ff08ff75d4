import Randomness
import Tensors

/// One trainable (or fixed) tensor of a layer, with the gradient of the loss with respect to it.
public final class Parameter {
    /// The Keras name of the weight ("kernel", "bias", "gamma", "moving_mean", …).
    public let name: String
    public var value: Tensor
    public var gradient: Tensor
    /// Whether optimisers update it (BatchNorm's moving statistics are not trainable).
    public let trainable: Bool

    public init(name: String, value: Tensor, trainable: Bool = true) {
        self.name = name
        self.value = value
        self.gradient = Tensor(shape: value.shape)
        self.trainable = trainable
    }
}

/// What a forward pass needs besides its input: whether it trains, the generator for dropout, and how many
/// threads may share the work (each splits the batch the same way every time, so results depend on it).
public struct ForwardContext {
    public var training: Bool
    public var generator: SeededGenerator
    public var workers: Int

    public init(training: Bool, generator: SeededGenerator = SeededGenerator(seed: 0), workers: Int = 1) {
        self.training = training
        self.generator = generator
        self.workers = max(1, workers)
    }
}

/// A network layer with explicit forward and backward passes.
///
/// Shapes exclude the batch dimension: images are (height, width, channels), vectors (features).
/// A layer remembers what its backward pass needs from the last forward pass in training mode.
public protocol Layer: AnyObject {
    /// The Keras-style instance name ("conv2d", "conv2d_1", …), set by the model.
    var name: String { get set }
    /// The Keras class name shown in summaries ("Conv2D").
    var kind: String { get }
    /// The weights in Keras's order.
    var parameters: [Parameter] { get }
    /// The output shape for one example of `inputShape`; throws when the layer cannot take that shape.
    func outputShape(for inputShape: [Int]) throws(ModelError) -> [Int]
    /// Creates the weights for `inputShape`, initialised as Keras does.
    func build(inputShape: [Int], generator: inout SeededGenerator)
    /// The output for a batch.
    func forward(_ input: Tensor, context: inout ForwardContext) -> Tensor
    /// Accumulates parameter gradients from `outputGradient` and returns the input gradient
    /// (or an empty tensor when `needsInputGradient` is false).
    func backward(_ outputGradient: Tensor, needsInputGradient: Bool) -> Tensor
}

extension Layer {
    public var parameterCount: Int { parameters.reduce(0) { $0 + $1.value.count } }
    public var trainableParameterCount: Int { parameters.filter(\.trainable).reduce(0) { $0 + $1.value.count } }
}

/// An activation fused into a Dense or Conv2D layer, as Keras's `activation=` argument does.
public enum Activation: String, Sendable, Codable {
    case linear, relu
}

/// Why a model could not be built, parsed or loaded.
public struct ModelError: Error, CustomStringConvertible, Equatable, Sendable {
    public let detail: String

    public init(_ detail: String) {
        self.detail = detail
    }

    public var description: String { detail }
}
