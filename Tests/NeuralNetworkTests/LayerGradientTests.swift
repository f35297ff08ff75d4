import Foundation
import Randomness
import Tensors
import Testing
@testable import NeuralNetwork

@Suite struct LayerGradientTests {
    @Test func dense() throws {
        try GradientCheck().check(Dense(units: 5), inputShape: [7], batch: 3)
        try GradientCheck().check(Dense(units: 4, activation: .relu), inputShape: [6], batch: 3, seed: 2)
    }

    @Test(arguments: [false, true])
    func conv2D(samePadding: Bool) throws {
        try GradientCheck().check(Conv2D(filters: 3, kernelSize: 3, samePadding: samePadding), inputShape: [6, 5, 2])
        try GradientCheck().check(Conv2D(filters: 2, kernelSize: 3, samePadding: samePadding, activation: .relu), inputShape: [5, 5, 3], seed: 3)
    }

    @Test func conv2DWithAnEvenKernelAndManyImages() throws {
        // 4x4 'same' pads unevenly, and 40 images of 8x8 span several im2col chunks.
        try GradientCheck().check(Conv2D(filters: 2, kernelSize: 4, samePadding: true), inputShape: [5, 6, 1], batch: 2)
        try GradientCheck().check(Conv2D(filters: 3, kernelSize: 5), inputShape: [70, 70, 1], batch: 2, seed: 4)
    }

    @Test func maxPool() throws {
        try GradientCheck().check(MaxPool2D(poolSize: 2), inputShape: [6, 7, 3])
    }

    @Test func relu() throws {
        try GradientCheck().check(ReLU(), inputShape: [4, 4, 2])
    }

    @Test func flatten() throws {
        try GradientCheck().check(Flatten(), inputShape: [3, 4, 2])
    }

    @Test func dropout() throws {
        try GradientCheck().check(Dropout(rate: 0.4), inputShape: [30])
    }

    @Test func batchNorm() throws {
        try GradientCheck().check(BatchNorm(), inputShape: [3, 3, 4], batch: 3)
        try GradientCheck().check(BatchNorm(), inputShape: [5], batch: 6, seed: 5)
    }

    @Test func softmaxCrossEntropy() {
        var generator = SeededGenerator(seed: 7)
        var logits = randomTensor([4, 10], &generator, scale: 2)
        let labels = [3, 0, 9, 3]
        let analytic = SoftmaxCrossEntropy.evaluate(logits: logits, labels: labels, gradient: true).gradient
        let epsilon: Float = 1e-2
        for index in 0..<logits.count {
            let original = logits[flat: index]
            logits[flat: index] = original + epsilon
            let plus = SoftmaxCrossEntropy.evaluate(logits: logits, labels: labels, gradient: false).loss
            logits[flat: index] = original - epsilon
            let minus = SoftmaxCrossEntropy.evaluate(logits: logits, labels: labels, gradient: false).loss
            logits[flat: index] = original
            let numeric = (plus - minus) / Double(2 * epsilon)
            #expect(abs(Double(analytic[flat: index]) - numeric) < 1e-3, "logit \(index)")
        }
    }

    @Test func lossAndAccuracyOfKnownLogits() throws {
        let logits = try #require(Tensor(shape: [2, 3], scalars: [0, 0, 0, 5, 1, 1]))
        let evaluation = SoftmaxCrossEntropy.evaluate(logits: logits, labels: [1, 0], gradient: false)
        let second = -log(exp(5.0) / (exp(5.0) + 2 * exp(1.0)))
        #expect(abs(evaluation.loss - (log(3.0) + second) / 2) < 1e-6)
        #expect(evaluation.correct == 1)
    }
}
