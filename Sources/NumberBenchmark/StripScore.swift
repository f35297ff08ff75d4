import Foundation

/// Tallies for a set of strips: how often the number of digits was right, digit accuracy (one minus the edit
/// distance between the reading and the truth, over the truth's length) and whole-string accuracy.
public struct StripScore: Sendable {
    public private(set) var strips = 0, digits = 0
    public private(set) var rightCount = 0, rightStrings = 0, rightDigits = 0
    /// The sum over strips of the single-digit accuracy raised to the strip's length (what reading each digit alone,
    /// perfectly cut, would give).
    public private(set) var expectedStrings = 0.0

    public init() {}

    public mutating func add(truth: [Int], read: [Int], singleDigitAccuracy: Double) {
        strips += 1
        digits += truth.count
        if read.count == truth.count { rightCount += 1 }
        if read == truth { rightStrings += 1 }
        rightDigits += max(0, truth.count - Self.editDistance(truth, read))
        expectedStrings += Foundation.pow(singleDigitAccuracy, Double(truth.count))
    }

    public var countAccuracy: Double { Double(rightCount) / Double(max(1, strips)) }
    public var digitAccuracy: Double { Double(rightDigits) / Double(max(1, digits)) }
    public var stringAccuracy: Double { Double(rightStrings) / Double(max(1, strips)) }
    public var expectedStringAccuracy: Double { expectedStrings / Double(max(1, strips)) }

    /// Levenshtein distance: insertions, deletions and substitutions.
    static func editDistance(_ a: [Int], _ b: [Int]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + [Int](repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
