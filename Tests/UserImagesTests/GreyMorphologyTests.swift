import Testing
@testable import UserImages

/// The fast grey filters give what their definitions give, computed the slow way, on every shape of picture.
@Suite struct GreyMorphologyTests {
    /// A picture of `width` x `height` pseudo-random grey levels.
    static func noise(_ width: Int, _ height: Int, seed: UInt64) -> [Float] {
        var state = seed
        return (0..<(width * height)).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Float(state >> 56)
        }
    }

    /// The least (or greatest) value within `radius` of each pixel, the square clipped at the picture's edges.
    static func slowFilter(_ values: [Float], _ width: Int, _ height: Int, radius: Int, keep: (Float, Float) -> Float) -> [Float] {
        (0..<(width * height)).map { index in
            let (x, y) = (index % width, index / width)
            var kept = values[index]
            for ny in max(0, y - radius)...min(height - 1, y + radius) {
                for nx in max(0, x - radius)...min(width - 1, x + radius) { kept = keep(kept, values[ny * width + nx]) }
            }
            return kept
        }
    }

    /// Reconstruction by repeated 3x3 dilation under the mask until nothing changes.
    static func slowReconstruction(marker: [Float], mask: [Float], _ width: Int, _ height: Int) -> [Float] {
        var grown = zip(marker, mask).map { min($0, $1) }
        while true {
            let next = zip(slowFilter(grown, width, height, radius: 1, keep: max), mask).map { min($0, $1) }
            if next == grown { return grown }
            grown = next
        }
    }

    @Test(arguments: [(1, 1, 1), (1, 9, 2), (9, 1, 3), (2, 2, 1), (7, 5, 2), (13, 11, 3), (6, 6, 8), (20, 3, 1)])
    func theFilterIsTheSquaresMinimumAndMaximum(width: Int, height: Int, radius: Int) {
        let values = Self.noise(width, height, seed: UInt64(width * 100 + height))
        #expect(GreyMorphology.filter(values, width: width, height: height, radius: radius, keep: min)
            == Self.slowFilter(values, width, height, radius: radius, keep: min))
        #expect(GreyMorphology.filter(values, width: width, height: height, radius: radius, keep: max)
            == Self.slowFilter(values, width, height, radius: radius, keep: max))
    }

    @Test func aFilterOfTheWrongSizeLeavesTheValues() {
        let values: [Float] = [1, 2, 3]
        #expect(GreyMorphology.filter(values, width: 2, height: 2, radius: 1, keep: min) == values)
        #expect(GreyMorphology.filter(values, width: Int.max, height: 2, radius: 1, keep: min) == values)
    }

    @Test(arguments: [(1, 1), (1, 12), (12, 1), (9, 7), (16, 16), (23, 17)])
    func theReconstructionIsRepeatedDilationUnderTheMask(width: Int, height: Int) {
        let mask = Self.noise(width, height, seed: UInt64(width * 31 + height))
        let marker = GreyMorphology.filter(mask, width: width, height: height, radius: 2, keep: min)
        #expect(GreyReconstruction.byDilation(marker: marker, mask: mask, width: width, height: height)
            == Self.slowReconstruction(marker: marker, mask: mask, width, height))
    }

    @Test func theReconstructionFollowsAWindingPath() {
        // A bright path that snakes up and down across the picture from a seed at its bottom right end: only the
        // queue after the two scans carries the seed's level all along it.
        let (width, height) = (15, 15)
        var mask = [Float](repeating: 0, count: width * height)
        for x in stride(from: 0, to: width, by: 2) {
            for y in 0..<height { mask[y * width + x] = 100 }
            let turn = (x / 2) % 2 == 0 ? 0 : height - 1
            if x + 1 < width { mask[turn * width + x + 1] = 100 }
        }
        var marker = [Float](repeating: 0, count: width * height)
        marker[(height - 1) * width + width - 1] = 100
        let grown = GreyReconstruction.byDilation(marker: marker, mask: mask, width: width, height: height)
        #expect(grown == mask)
        #expect(grown == Self.slowReconstruction(marker: marker, mask: mask, width, height))
    }
}
