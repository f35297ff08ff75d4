import Foundation

/// Round axis ticks: steps of 1, 2, 2.5 or 5 times a power of ten, covering the data.
enum NiceTicks {
    static func ticks(from low: Double, to high: Double, count: Int = 5) -> [Double] {
        guard low.isFinite, high.isFinite else { return [0, 1] }
        let span = high > low ? high - low : max(abs(low), 1)
        let raw = span / Double(max(1, count))
        let magnitude = pow(10, (log10(raw)).rounded(.down))
        let step = [1, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? 10 * magnitude
        let first = (low / step).rounded(.down) * step, last = (high / step).rounded(.up) * step
        // Rounded to a fine decimal grid, so 47 x 0.02 reads 0.94, not 0.9400000000000001.
        return stride(from: first, through: last + step / 2, by: step).map { (($0 / step).rounded() * step * 1e10).rounded() / 1e10 }
    }

    /// `value` with as many decimals as `step` needs (the fewest, up to 4, that write the step exactly).
    static func label(_ value: Double, step: Double) -> String {
        let decimals = (0...4).first { digits in
            let scaled = step * pow(10, Double(digits))
            return abs(scaled - scaled.rounded()) < 1e-9
        } ?? 4
        return String(format: "%.\(decimals)f", value)
    }
}
