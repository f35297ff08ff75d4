/// The one random generator of Digitbook: xoshiro256** seeded through SplitMix64.
///
/// Everything random (shuffling, initialisation, augmentation, bootstrap) takes one of these
/// `inout`, so the same seed gives the same bytes out on every run. There is no global state.
/// Blackman and Vigna, "Scrambled linear pseudorandom number generators" (2018).
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    @usableFromInline var s0: UInt64
    @usableFromInline var s1: UInt64
    @usableFromInline var s2: UInt64
    @usableFromInline var s3: UInt64

    /// Creates a generator whose whole sequence is fixed by `seed`.
    public init(seed: UInt64) {
        var expander = SplitMix64(seed: seed)
        s0 = expander.next()
        s1 = expander.next()
        s2 = expander.next()
        s3 = expander.next()
    }

    @inlinable
    public mutating func next() -> UInt64 {
        let result = rotateLeft(s1 &* 5, by: 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotateLeft(s3, by: 45)
        return result
    }

    /// A new, independent generator derived from this one (for a sub-task such as one epoch's shuffle).
    public mutating func split() -> SeededGenerator {
        SeededGenerator(seed: next())
    }

    @inlinable
    func rotateLeft(_ x: UInt64, by k: UInt64) -> UInt64 {
        (x << k) | (x >> (64 - k))
    }
}
