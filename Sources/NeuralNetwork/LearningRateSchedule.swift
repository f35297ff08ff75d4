import Foundation

/// How the learning rate changes over training.
public enum LearningRateSchedule: Equatable, Sendable {
    /// The base rate throughout.
    case constant
    /// The rate times `factor` after every `epochs` epochs.
    case step(epochs: Int, factor: Float)
    /// Cosine decay from the base rate to zero over the whole run, after a linear warm-up of `warmupEpochs`.
    case cosine(warmupEpochs: Float)
    /// One-cycle: linear rise from base/25 to the base rate over the first 30%, then cosine down to base/10⁴.
    case oneCycle

    /// The rate at optimiser step `step` (0-based) of `totalSteps`, with `stepsPerEpoch` steps an epoch.
    public func rate(base: Float, step: Int, totalSteps: Int, stepsPerEpoch: Int) -> Float {
        let progress = Double(step) / Double(max(totalSteps, 1))
        switch self {
        case .constant:
            return base
        case .step(let epochs, let factor):
            let epoch = step / max(stepsPerEpoch, 1)
            return base * pow(factor, Float(epoch / max(epochs, 1)))
        case .cosine(let warmupEpochs):
            let warmup = Double(warmupEpochs) * Double(stepsPerEpoch)
            if Double(step) < warmup { return base * Float(Double(step + 1) / warmup) }
            let decay = (Double(step) - warmup) / max(1, Double(totalSteps) - warmup)
            return base * Float(0.5 * (1 + cos(Double.pi * decay)))
        case .oneCycle:
            let peak = 0.3, start = Double(base) / 25, end = Double(base) / 1e4
            if progress < peak { return Float(start + (Double(base) - start) * progress / peak) }
            let decay = (progress - peak) / (1 - peak)
            return Float(end + (Double(base) - end) * 0.5 * (1 + cos(Double.pi * decay)))
        }
    }
}
