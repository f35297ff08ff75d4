import Randomness
import Tensors
import Testing
@testable import NeuralNetwork

/// Compares a layer's backward pass with central finite differences of L = Σ output · R for a fixed random R.
struct GradientCheck {
    var epsilon: Float = 3e-3
    var relativeTolerance: Double = 3e-2
    var absoluteTolerance: Double = 2e-3
    /// How many entries of the input and of each parameter to probe.
    var samples = 24

    func check(_ layer: any Layer, inputShape: [Int], batch: Int = 2, seed: UInt64 = 1, sourceLocation: SourceLocation = #_sourceLocation) throws {
        var generator = SeededGenerator(seed: seed)
        _ = try layer.outputShape(for: inputShape)
        layer.build(inputShape: inputShape, generator: &generator)
        // Non-zero biases and BatchNorm scales, so their gradients are exercised too.
        for parameter in layer.parameters where parameter.trainable {
            parameter.value = randomTensor(parameter.value.shape, &generator, scale: 0.5, offset: parameter.name == "gamma" ? 1 : 0)
        }
        var input = randomTensor([batch] + inputShape, &generator)
        let weights = randomTensor([batch] + (try layer.outputShape(for: inputShape)), &generator)

        for parameter in layer.parameters { parameter.gradient = Tensor(shape: parameter.value.shape) }
        var context = ForwardContext(training: true, generator: SeededGenerator(seed: 99))
        _ = layer.forward(input, context: &context)
        let inputGradient = layer.backward(weights, needsInputGradient: true)

        let loss = { (x: Tensor) -> Double in
            var context = ForwardContext(training: true, generator: SeededGenerator(seed: 99))
            let y = layer.forward(x, context: &context)
            return zip(y.scalars, weights.scalars).reduce(0.0) { $0 + Double($1.0) * Double($1.1) }
        }
        for index in probes(count: input.count, &generator) {
            let original = input[flat: index]
            input[flat: index] = original + epsilon
            let plus = loss(input)
            input[flat: index] = original - epsilon
            let minus = loss(input)
            input[flat: index] = original
            expectClose(inputGradient[flat: index], (plus - minus) / Double(2 * epsilon), "input[\(index)]", sourceLocation)
        }
        for parameter in layer.parameters where parameter.trainable {
            let analytic = parameter.gradient
            for index in probes(count: parameter.value.count, &generator) {
                let original = parameter.value[flat: index]
                parameter.value[flat: index] = original + epsilon
                let plus = loss(input)
                parameter.value[flat: index] = original - epsilon
                let minus = loss(input)
                parameter.value[flat: index] = original
                expectClose(analytic[flat: index], (plus - minus) / Double(2 * epsilon), "\(parameter.name)[\(index)]", sourceLocation)
            }
        }
    }

    private func expectClose(_ analytic: Float, _ numeric: Double, _ what: String, _ location: SourceLocation) {
        let difference = abs(Double(analytic) - numeric)
        #expect(difference <= absoluteTolerance + relativeTolerance * abs(numeric),
                "\(what): backward gives \(analytic), finite differences \(numeric)", sourceLocation: location)
    }

    private func probes(count: Int, _ generator: inout SeededGenerator) -> [Int] {
        count <= samples ? Array(0..<count) : (0..<samples).map { _ in generator.uniformInteger(in: 0..<count) }
    }
}

func randomTensor(_ shape: [Int], _ generator: inout SeededGenerator, scale: Float = 1, offset: Float = 0) -> Tensor {
    var tensor = Tensor(shape: shape)
    let count = tensor.count
    tensor.withUnsafeMutablePointer { values in
        for index in 0..<count { values[index] = offset + generator.uniformFloat(from: -scale, to: scale) }
    }
    return tensor
}
