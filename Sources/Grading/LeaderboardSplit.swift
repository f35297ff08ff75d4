import Randomness

/// The seeded split of the test set into a public part (for a public leaderboard) and a private part (for points).
public struct LeaderboardSplit: Equatable, Sendable {
    /// Example ids on the public leaderboard, ascending.
    public let publicIDs: [Int]
    /// Example ids that points are computed on, ascending: all of them when there is no public part.
    public let privateIDs: [Int]

    /// Splits `count` examples: `fraction` of them (rounded) chosen by a generator seeded with `seed`, or none.
    public init(count: Int, fraction: Double?, seed: UInt64) {
        guard let fraction, count > 1 else {
            publicIDs = []
            privateIDs = Array(0..<count)
            return
        }
        var generator = SeededGenerator(seed: seed)
        let size = min(count - 1, max(1, Int((Double(count) * fraction).rounded())))
        let chosen = Set(seededPermutation(count: count, using: &generator).prefix(size))
        publicIDs = (0..<count).filter { chosen.contains($0) }
        privateIDs = (0..<count).filter { !chosen.contains($0) }
    }
}
