/// The pieces of ink of a row of digits gathered into one group per digit: specks dropped by their size relative to
/// the others, ink at the border (frames, a desk, page edges) left out, and the pieces of one digit merged (the detached bar of
/// a 5, a broken 4: pieces stacked over each other in the same columns).
struct DigitGroups {
    /// One digit's pieces (component indices) and their box in the analysed picture.
    struct Group {
        var pieces: [Int]
        var minX: Int, minY: Int, maxX: Int, maxY: Int

        var width: Int { maxX - minX + 1 }
        var height: Int { maxY - minY + 1 }
        var centreX: Double { Double(minX + maxX) / 2 }

        init(_ index: Int, _ piece: InkComponents.Component) {
            pieces = [index]
            (minX, minY, maxX, maxY) = (piece.minX, piece.minY, piece.maxX, piece.maxY)
        }

        mutating func absorb(_ other: Group) {
            pieces += other.pieces
            minX = min(minX, other.minX); maxX = max(maxX, other.maxX)
            minY = min(minY, other.minY); maxY = max(maxY, other.maxY)
        }

        /// Columns both boxes cover.
        func overlap(_ other: Group) -> Int { max(0, min(maxX, other.maxX) - max(minX, other.minX) + 1) }
    }

    private(set) var groups: [Group] = []
    private(set) var merged = 0, dropped = 0
    /// The typical height of a digit: the median height of the substantial groups.
    private(set) var digitHeight = 0

    init(_ pieces: InkComponents) {
        let shorter = min(pieces.width, pieces.height)
        let minimumArea = max(3, shorter * shorter / 20_000)
        let sizeable = pieces.components.indices.filter { pieces.components[$0].area >= minimumArea }
        // Ink at the border (a desk around the paper, the paper's shadow, a frame) is not a digit when any ink lies
        // inside, as for a single digit.
        let inside = sizeable.filter { !pieces.components[$0].touchesBorder }
        var kept = inside.isEmpty ? sizeable : inside
        dropped = pieces.components.count - kept.count
        let largest = kept.map { pieces.components[$0].area }.max() ?? 0
        // Specks: far smaller than the largest piece (a digit's own detached bar is not, and is merged below).
        let specks = kept.filter { pieces.components[$0].area * 40 < largest }
        kept.removeAll { specks.contains($0) }
        dropped += specks.count
        var groups = kept.map { Group($0, pieces.components[$0]) }.sorted { $0.centreX < $1.centreX }
        merged = Self.merge(&groups, Self.stacked)
        let heights = groups.map(\.height).sorted()
        digitHeight = heights.isEmpty ? 0 : heights[heights.count / 2]
        let height = digitHeight
        merged += Self.merge(&groups) { Self.adjacentParts($0, $1, digitHeight: height) }
        // Small pieces left on their own (a dot, a stray mark) are not digits: under a quarter of the digits' height.
        let small = groups.filter { $0.height * 4 < digitHeight && $0.width * 4 < digitHeight }
        dropped += small.reduce(0) { $0 + $1.pieces.count }
        groups.removeAll { $0.height * 4 < digitHeight && $0.width * 4 < digitHeight }
        self.groups = groups.sorted { $0.centreX < $1.centreX }
    }

    /// Merges pairs of groups for which `belong` holds until none is left; returns how many merges there were.
    static func merge(_ groups: inout [Group], _ belong: (Group, Group) -> Bool) -> Int {
        var merges = 0
        var changed = true
        while changed {
            changed = false
            outer: for a in groups.indices {
                for b in groups.indices where b != a && belong(groups[a], groups[b]) {
                    groups[a].absorb(groups[b])
                    groups.remove(at: b)
                    merges += 1
                    changed = true
                    break outer
                }
            }
        }
        return merges
    }

    /// Whether two nearby groups are parts of one digit (a 4 whose bar stops short of its upright, a faint 1 broken
    /// into dashes, the bar of a slanted 5): at most a fifth of a digit's height apart across and down, one of them too
    /// short to be a digit on its own, and together at most 1.15 times as wide as a digit is tall (slant included) and
    /// 1.35 times as tall.
    static func adjacentParts(_ a: Group, _ b: Group, digitHeight: Int) -> Bool {
        let across = max(b.minX - a.maxX, a.minX - b.maxX) - 1, down = max(b.minY - a.maxY, a.minY - b.maxY) - 1
        let wide = max(a.maxX, b.maxX) - min(a.minX, b.minX) + 1, tall = max(a.maxY, b.maxY) - min(a.minY, b.minY) + 1
        return max(across, down, 0) * 5 <= digitHeight && min(a.height, b.height) * 4 < digitHeight * 3
            && wide * 20 <= digitHeight * 23 && tall * 20 <= digitHeight * 27
    }

    /// Whether two groups are parts of one digit: they share at least half the narrower one's columns, and together
    /// they are not much wider than the wider one (side-by-side digits that touch a little are not merged).
    static func stacked(_ a: Group, _ b: Group) -> Bool {
        let narrower = min(a.width, b.width), wider = max(a.width, b.width)
        let together = max(a.maxX, b.maxX) - min(a.minX, b.minX) + 1
        return a.overlap(b) * 2 >= narrower && together * 4 <= wider * 5
    }
}
