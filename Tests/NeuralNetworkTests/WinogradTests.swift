import Randomness
import Tensors
import Testing
@testable import NeuralNetwork

@Suite struct WinogradTests {
    @Test(arguments: [false, true])
    func gradientsMatchFiniteDifferences(samePadding: Bool) throws {
        // 7x6 inputs give odd output sizes ('valid': 5x4), so some tiles hang over the edge.
        try GradientCheck().check(Conv2D(filters: 3, kernelSize: 3, samePadding: samePadding, algorithm: .winograd), inputShape: [7, 6, 2])
        try GradientCheck().check(Conv2D(filters: 2, kernelSize: 3, samePadding: samePadding, activation: .relu, algorithm: .winograd),
                                  inputShape: [6, 6, 3], seed: 1)  // seed 8 puts a pre-activation within the step of the ReLU kink
    }

    /// Winograd and im2col compute the same convolution: outputs and every gradient agree to rounding.
    @Test(arguments: [(false, 9), (true, 16), (false, 64)])
    func agreesWithIm2col(samePadding: Bool, channels: Int) throws {
        var generator = SeededGenerator(seed: 21)
        let shape = [11, 10, channels]
        let winograd = Conv2D(filters: 12, kernelSize: 3, samePadding: samePadding, activation: .relu, algorithm: .winograd)
        let im2col = Conv2D(filters: 12, kernelSize: 3, samePadding: samePadding, activation: .relu, algorithm: .im2col)
        winograd.build(inputShape: shape, generator: &generator)
        im2col.build(inputShape: shape, generator: &generator)
        for (a, b) in zip(winograd.parameters, im2col.parameters) {
            b.value = randomTensor(a.value.shape, &generator, scale: 0.5)
            a.value = b.value
        }
        let input = randomTensor([5] + shape, &generator)
        var context = ForwardContext(training: true, workers: 2)
        let outputW = winograd.forward(input, context: &context), outputI = im2col.forward(input, context: &context)
        expectClose(outputW, outputI, "output")
        let gradient = randomTensor(outputW.shape, &generator)
        let inputW = winograd.backward(gradient, needsInputGradient: true), inputI = im2col.backward(gradient, needsInputGradient: true)
        expectClose(inputW, inputI, "input gradient")
        expectClose(winograd.parameters[0].gradient, im2col.parameters[0].gradient, "kernel gradient")
        expectClose(winograd.parameters[1].gradient, im2col.parameters[1].gradient, "bias gradient")
    }

    @Test func sameWorkersSameBitsOtherWorkersStillClose() throws {
        func run(workers: Int) -> [Float] {
            var generator = SeededGenerator(seed: 3)
            let layer = Conv2D(filters: 8, kernelSize: 3, algorithm: .winograd)
            layer.build(inputShape: [9, 9, 8], generator: &generator)
            var context = ForwardContext(training: true, workers: workers)
            let input = randomTensor([6, 9, 9, 8], &generator)
            let output = layer.forward(input, context: &context)
            _ = layer.backward(output, needsInputGradient: true)
            return layer.parameters[0].gradient.scalars
        }
        #expect(run(workers: 2) == run(workers: 2))
        let (one, two) = (run(workers: 1), run(workers: 2))
        #expect(zip(one, two).allSatisfy { abs($0 - $1) <= 1e-3 * max(1, abs($0)) })
    }

    private func expectClose(_ a: Tensor, _ b: Tensor, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(a.shape == b.shape, "\(what) shape", sourceLocation: sourceLocation)
        let scale = b.scalars.map(abs).max() ?? 1
        let worst = zip(a.scalars, b.scalars).map { abs($0 - $1) }.max() ?? 0
        #expect(worst <= 1e-5 * max(1, scale) * 10, "\(what): largest difference \(worst) (scale \(scale))", sourceLocation: sourceLocation)
    }
}
