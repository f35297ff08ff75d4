import Tensors
import Testing
@testable import NeuralNetwork

@Suite struct OptimizerTests {
    /// Expected weights computed by hand from Keras's Adam update (lr 0.001, beta1 0.9, beta2 0.999, epsilon 1e-7).
    @Test func adamFirstStepsMatchHandComputedValues() {
        let parameter = Parameter(name: "w", value: Tensor(shape: [1], repeating: 1))
        let adam = Adam()
        let expected = [0.9990000063245154, 0.9986544025069336, 0.9982750129145032]
        for (gradient, weight) in zip([0.5, -0.2, 0.1] as [Float], expected) {
            parameter.gradient = Tensor(shape: [1], repeating: gradient)
            adam.step([parameter], learningRate: 0.001)
            #expect(abs(Double(parameter.value[flat: 0]) - weight) < 1e-7)
        }
        #expect(adam.iterations == 3)
    }

    @Test func sgdWithMomentum() {
        let parameter = Parameter(name: "w", value: Tensor(shape: [1], repeating: 1))
        let sgd = SGD(momentum: 0.9)
        for (gradient, weight) in zip([0.5, -0.2] as [Float], [0.995, 0.9925]) {
            parameter.gradient = Tensor(shape: [1], repeating: gradient)
            sgd.step([parameter], learningRate: 0.01)
            #expect(abs(Double(parameter.value[flat: 0]) - weight) < 1e-7)
        }
    }

    @Test func optimizersLeaveNonTrainableWeightsAlone() {
        let moving = Parameter(name: "moving_mean", value: Tensor(shape: [2], repeating: 3), trainable: false)
        moving.gradient = Tensor(shape: [2], repeating: 1)
        Adam().step([moving], learningRate: 0.1)
        SGD().step([moving], learningRate: 0.1)
        #expect(moving.value.scalars == [3, 3])
    }

    @Test func schedules() {
        #expect(LearningRateSchedule.constant.rate(base: 0.1, step: 50, totalSteps: 100, stepsPerEpoch: 10) == 0.1)
        let step = LearningRateSchedule.step(epochs: 2, factor: 0.5)
        #expect(step.rate(base: 0.1, step: 19, totalSteps: 100, stepsPerEpoch: 10) == 0.1)
        #expect(abs(step.rate(base: 0.1, step: 20, totalSteps: 100, stepsPerEpoch: 10) - 0.05) < 1e-7)
        let cosine = LearningRateSchedule.cosine(warmupEpochs: 0)
        #expect(abs(cosine.rate(base: 0.1, step: 50, totalSteps: 100, stepsPerEpoch: 10) - 0.05) < 1e-6)
        #expect(cosine.rate(base: 0.1, step: 99, totalSteps: 100, stepsPerEpoch: 10) < 0.001)
        let oneCycle = LearningRateSchedule.oneCycle
        #expect(abs(oneCycle.rate(base: 0.1, step: 0, totalSteps: 100, stepsPerEpoch: 10) - 0.004) < 1e-6)
        #expect(abs(oneCycle.rate(base: 0.1, step: 30, totalSteps: 100, stepsPerEpoch: 10) - 0.1) < 1e-6)
        #expect(oneCycle.rate(base: 0.1, step: 99, totalSteps: 100, stepsPerEpoch: 10) < 0.001)
    }
}
