/// Sampling helpers whose results depend only on the generator's output, never on the
/// standard library's implementation, so that a seed gives the same numbers on every toolchain.
extension RandomNumberGenerator {
    /// A uniform integer in `0..<bound` (Lemire's nearly divisionless method); `bound` must be positive.
    @inlinable
    public mutating func uniformInteger(below bound: UInt64) -> UInt64 {
        precondition(bound > 0, "uniformInteger(below:) needs a positive bound")
        var product = next().multipliedFullWidth(by: bound)
        if product.low < bound {
            let threshold = (0 &- bound) % bound
            while product.low < threshold {
                product = next().multipliedFullWidth(by: bound)
            }
        }
        return product.high
    }

    /// A uniform integer in `range`, which must not be empty.
    public mutating func uniformInteger(in range: Range<Int>) -> Int {
        precondition(!range.isEmpty, "uniformInteger(in:) needs a non-empty range")
        let width = UInt64(bitPattern: Int64(range.upperBound &- range.lowerBound))
        return range.lowerBound &+ Int(truncatingIfNeeded: uniformInteger(below: width))
    }

    /// A uniform `Float` in [0, 1) with 24 random bits.
    public mutating func uniformFloat() -> Float {
        Float(next() >> 40) * 0x1p-24
    }

    /// A uniform `Double` in [0, 1) with 53 random bits.
    public mutating func uniformDouble() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// A uniform `Float` in `lower..<upper`.
    public mutating func uniformFloat(from lower: Float, to upper: Float) -> Float {
        lower + (upper - lower) * uniformFloat()
    }
}

extension MutableCollection where Self: RandomAccessCollection, Index == Int {
    /// Shuffles in place with Fisher–Yates, using only `uniformInteger(below:)` of `generator`.
    public mutating func seededShuffle(using generator: inout some RandomNumberGenerator) {
        guard count > 1 else { return }
        var i = endIndex - 1
        while i > startIndex {
            let j = startIndex + Int(generator.uniformInteger(below: UInt64(i - startIndex + 1)))
            swapAt(i, j)
            i -= 1
        }
    }
}

/// A random permutation of `0..<count`.
public func seededPermutation(count: Int, using generator: inout some RandomNumberGenerator) -> [Int] {
    var indices = Array(0..<count)
    indices.seededShuffle(using: &generator)
    return indices
}
