import Foundation
import Tensors

/// Updates trainable parameters from their gradients.
public protocol Optimizer: AnyObject {
    /// One update step of every trainable parameter, at `learningRate`.
    func step(_ parameters: [Parameter], learningRate: Float)
}

/// Per-parameter buffers of an optimiser (moments, velocities), updated in place.
final class OptimizerSlots {
    private var slots: [ObjectIdentifier: UnsafeMutablePointer<Float>] = [:]
    private let perParameter: Int

    init(perParameter: Int) {
        self.perParameter = perParameter
    }

    deinit {
        for pointer in slots.values { pointer.deallocate() }
    }

    /// The zero-initialised buffer of `perParameter` x `count` floats that belongs to `parameter`.
    func buffer(for parameter: Parameter, count: Int) -> UnsafeMutablePointer<Float> {
        let key = ObjectIdentifier(parameter)
        if let pointer = slots[key] { return pointer }
        let pointer = UnsafeMutablePointer<Float>.allocate(capacity: max(1, perParameter * count))
        pointer.initialize(repeating: 0, count: perParameter * count)
        slots[key] = pointer
        return pointer
    }
}

/// Adam as Keras implements it: lr 0.001, beta1 0.9, beta2 0.999, epsilon 1e-7 by default.
///
/// alpha = lr · sqrt(1 - beta2^t) / (1 - beta1^t); m += (g - m)(1 - beta1); v += (g² - v)(1 - beta2);
/// w -= alpha · m / (sqrt(v) + epsilon).
public final class Adam: Optimizer {
    public let beta1: Float, beta2: Float, epsilon: Float
    private let moments = OptimizerSlots(perParameter: 2)
    public private(set) var iterations = 0

    public init(beta1: Float = 0.9, beta2: Float = 0.999, epsilon: Float = 1e-7) {
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
    }

    public func step(_ parameters: [Parameter], learningRate: Float) {
        iterations += 1
        let t = Double(iterations)
        let alpha = Float(Double(learningRate) * (1 - pow(Double(beta2), t)).squareRoot() / (1 - pow(Double(beta1), t)))
        let (keep1, keep2) = (1 - beta1, 1 - beta2)
        for parameter in parameters where parameter.trainable {
            let count = parameter.value.count
            let m = moments.buffer(for: parameter, count: count), v = m + count
            let gradient = parameter.gradient
            parameter.value.withUnsafeMutablePointer { w in
                gradient.withUnsafePointer { g in
                    for index in 0..<count {
                        m[index] += (g[index] - m[index]) * keep1
                        v[index] += (g[index] * g[index] - v[index]) * keep2
                        w[index] -= alpha * m[index] / (v[index].squareRoot() + epsilon)
                    }
                }
            }
        }
    }
}

/// Stochastic gradient descent with momentum, as Keras's SGD: v = momentum · v - lr · g; w += v.
public final class SGD: Optimizer {
    public let momentum: Float
    private let velocities = OptimizerSlots(perParameter: 1)

    public init(momentum: Float = 0.9) {
        self.momentum = momentum
    }

    public func step(_ parameters: [Parameter], learningRate: Float) {
        for parameter in parameters where parameter.trainable {
            let count = parameter.value.count
            let velocity = velocities.buffer(for: parameter, count: count)
            let gradient = parameter.gradient
            parameter.value.withUnsafeMutablePointer { w in
                gradient.withUnsafePointer { g in
                    for index in 0..<count {
                        velocity[index] = momentum * velocity[index] - learningRate * g[index]
                        w[index] += velocity[index]
                    }
                }
            }
        }
    }
}
