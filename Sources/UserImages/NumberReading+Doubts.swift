import Foundation

extension NumberReading {
    /// The probability below which a digit of a number should be checked by hand, unless the user sets another.
    public static let checkThreshold = 0.9

    /// Whether a person should check `digit`: its probability is below `threshold`.
    public static func isDoubtful(_ digit: Digit, threshold: Double = checkThreshold) -> Bool {
        Double(digit.probability) < threshold
    }

    /// The digits whose probability is below `threshold`, in words: "the 4th digit, read as 1 at 57%".
    ///
    /// `names` are the digits' readings as shown (class names); the class indices when nil.
    public func doubts(threshold: Double = checkThreshold, names: [String]? = nil) -> [String] {
        digits.enumerated().compactMap { index, digit in
            guard Self.isDoubtful(digit, threshold: threshold) else { return nil }
            let name = names.flatMap { $0.indices.contains(index) ? $0[index] : nil } ?? String(digit.digit)
            return "the \(Self.ordinal(index + 1)) digit, read as \(name) at "
                + Self.percent(Double(digit.probability), below: threshold)
        }
    }

    /// What a person should check before trusting the number, as one sentence; nil when nothing is doubtful.
    ///
    /// "Check by hand: the 4th digit, read as 1 at 57%.", naming each doubtful digit and each warning about the input.
    public func checkAdvice(threshold: Double = checkThreshold, names: [String]? = nil) -> String? {
        let reasons = doubts(threshold: threshold, names: names) + warnings
        return reasons.isEmpty ? nil : "Check by hand: " + reasons.joined(separator: "; ") + "."
    }

    /// "1st", "2nd", "3rd", "4th", "11th", "21st": a digit's position from the left.
    static func ordinal(_ number: Int) -> String {
        let suffix = switch (number % 10, number % 100) {
        case (_, 11...13): "th"
        case (1, _): "st"
        case (2, _): "nd"
        case (3, _): "rd"
        default: "th"
        }
        return "\(number)\(suffix)"
    }

    /// A probability below `threshold` as a percentage that stays below it in words.
    ///
    /// A whole percentage, or one decimal (rounded down) where the whole one would reach the threshold.
    static func percent(_ value: Double, below threshold: Double) -> String {
        let whole = (value * 100).rounded()
        guard whole >= threshold * 100 else { return String(format: "%.0f%%", whole) }
        return String(format: "%.1f%%", (value * 1000).rounded(.down) / 10)
    }
}
