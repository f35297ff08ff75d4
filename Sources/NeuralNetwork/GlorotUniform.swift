import Randomness
import Tensors

/// Keras's default kernel initialiser: uniform in ±sqrt(6 / (fan_in + fan_out)).
enum GlorotUniform {
    static func tensor(shape: [Int], fanIn: Int, fanOut: Int, generator: inout SeededGenerator) -> Tensor {
        let limit = (6 / Float(fanIn + fanOut)).squareRoot()
        var tensor = Tensor(shape: shape)
        tensor.withUnsafeMutableBufferPointer { values in
            for index in values.indices { values[index] = generator.uniformFloat(from: -limit, to: limit) }
        }
        return tensor
    }
}
