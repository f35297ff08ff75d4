/// Tells a clean two-tone scan cropped tight around a digit, and which of its tones is ink.
///
/// Two tones, ink and ground, each nearly uniform (the ground more so), with ink at the picture's edge: the strokes may
/// be bolder than any local background window and cover much of the middle.
///
/// Such a picture needs no local background (one level is the ground) and no guess from its middle about which side
/// is ink: the ink is the tone that holds less of the picture's edge, however much of the middle it covers. Photos are
/// seldom two-tone (uneven light, a desk around a sheet, a shadow or sensor noise spread one tone or add a third), and
/// a sheet of paper is a region, not strokes.
enum TwoTone {
    /// The most the ground's values may spread (the median absolute deviation from its median, in grey levels), and
    /// the ink's (wider: the soft edges of a stroke are a large share of it).
    static let widestGroundSpread = 10, widestInkSpread = 24
    /// The most separate stretches of the picture's edge that a digit's ink may cover.
    static let mostEdgeRuns = 8
    /// The least distance between the two tones' medians, in grey levels.
    static let leastContrast = 64

    /// Whether the ink is dark, when `image` is two-tone; nil when it is not.
    static func darkInk(_ image: GreyImage) -> Bool? {
        var counts = [Int](repeating: 0, count: 256)
        for value in image.pixels { counts[Int(value)] += 1 }
        let split = InkMap.otsu(counts.map(Double.init))
        guard split > 0, split < 256 else { return nil }
        let dark = tone(counts, 0..<split), light = tone(counts, split..<256)
        guard dark.count > 0, light.count > 0, light.median - dark.median >= leastContrast else { return nil }
        // The ground holds most of the picture's edge (a stroke reaches it only here and there), however bold the ink.
        var darkEdge = 0, edge = 0
        for y in 0..<image.height {
            for x in 0..<image.width where x == 0 || y == 0 || x == image.width - 1 || y == image.height - 1 {
                edge += 1
                if Int(image[x, y]) < split { darkEdge += 1 }
            }
        }
        let darkIsInk = darkEdge * 2 == edge ? dark.count <= light.count : darkEdge * 2 < edge
        // Only a digit cut by the frame needs this reading: ink away from the edge reads well against its local ground.
        // A digit's strokes reach the edge in a few places; a pattern (hatching, a lattice) in many.
        guard min(darkEdge, edge - darkEdge) * 50 >= edge,
              edgeRuns(image, split: split, darkIsInk: darkIsInk) <= mostEdgeRuns else { return nil }
        let (ink, ground) = darkIsInk ? (dark, light) : (light, dark)
        guard ground.spread <= widestGroundSpread, ink.spread <= widestInkSpread else { return nil }
        // A third tone beyond either, away from the other (dark writing on a grey sheet on a light desk, where the two
        // tones are the sheet and the desk): more than one pixel in 500 there.
        let (lower, upper) = darkIsInk ? (ink, ground) : (ground, ink)
        let beyond = (0..<max(0, lower.median - leastContrast / 2)).reduce(0) { $0 + counts[$1] }
            + (min(256, upper.median + leastContrast / 2)..<256).reduce(0) { $0 + counts[$1] }
        guard beyond * 500 < image.pixels.count else { return nil }
        // Strokes leave some of the middle bare; a tone that covers nearly all of it is a sheet of paper on a desk.
        var inkInMiddle = 0, middle = 0
        for y in (image.height / 4)..<(image.height * 3 / 4) {
            for x in (image.width / 4)..<(image.width * 3 / 4) {
                middle += 1
                if (Int(image[x, y]) < split) == darkIsInk { inkInMiddle += 1 }
            }
        }
        guard inkInMiddle * 5 < middle * 4, strokes(image, split: split, darkIsInk: darkIsInk) else { return nil }
        return darkIsInk
    }

    /// How many separate stretches of the picture's edge, side by side, the ink tone covers.
    private static func edgeRuns(_ image: GreyImage, split: Int, darkIsInk: Bool) -> Int {
        let (right, bottom) = (image.width - 1, image.height - 1)
        let sides: [[(Int, Int)]] = [(0...right).map { ($0, 0) }, (0...right).map { ($0, bottom) },
                                     (0...bottom).map { (0, $0) }, (0...bottom).map { (right, $0) }]
        return sides.reduce(0) { runs, side in
            var count = 0, inside = false
            for (x, y) in side {
                let ink = (Int(image[x, y]) < split) == darkIsInk
                if ink && !inside { count += 1 }
                inside = ink
            }
            return runs + count
        }
    }

    /// Whether the ink tone is strokes, not a region (a sheet of paper): nowhere thicker than 56% of the shorter side of
    /// its own box (a marker's 8 at a junction is about 45%), measured as twice the chessboard distance to the ground.
    private static func strokes(_ image: GreyImage, split: Int, darkIsInk: Bool) -> Bool {
        let (width, height) = (image.width, image.height)
        var distance = [Int](repeating: 0, count: width * height)
        var minX = width, minY = height, maxX = -1, maxY = -1
        for y in 0..<height {
            for x in 0..<width where (Int(image[x, y]) < split) == darkIsInk {
                (minX, minY, maxX, maxY) = (min(minX, x), min(minY, y), max(maxX, x), max(maxY, y))
                var nearest = Int.max
                for (dx, dy) in [(-1, 0), (-1, -1), (0, -1), (1, -1)] {
                    let nx = x + dx, ny = y + dy
                    nearest = min(nearest, nx < 0 || ny < 0 || nx >= width ? 0 : distance[ny * width + nx])
                }
                distance[y * width + x] = nearest + 1
            }
        }
        var thickest = 0
        for y in stride(from: height - 1, through: 0, by: -1) {
            for x in stride(from: width - 1, through: 0, by: -1) where distance[y * width + x] > 0 {
                var nearest = distance[y * width + x]
                for (dx, dy) in [(1, 0), (1, 1), (0, 1), (-1, 1)] {
                    let nx = x + dx, ny = y + dy
                    nearest = min(nearest, nx >= width || ny >= height || nx < 0 ? 1 : distance[ny * width + nx] + 1)
                }
                distance[y * width + x] = nearest
                thickest = max(thickest, nearest)
            }
        }
        guard maxX >= minX else { return false }
        return 2 * thickest * 100 <= min(maxX - minX + 1, maxY - minY + 1) * 56
    }

    /// The number of pixels, median and median absolute deviation of the values in `levels`.
    private static func tone(_ counts: [Int], _ levels: Range<Int>) -> (count: Int, median: Int, spread: Int) {
        let count = levels.reduce(0) { $0 + counts[$1] }
        guard count > 0 else { return (0, 0, 0) }
        let median = level(at: count / 2, of: levels.map { ($0, counts[$0]) })
        var deviations = [Int](repeating: 0, count: 256)
        for value in levels { deviations[abs(value - median)] += counts[value] }
        return (count, median, level(at: count / 2, of: deviations.enumerated().map { ($0.offset, $0.element) }))
    }

    /// The value at `rank` (from 0) of a histogram given as (value, count) pairs in order.
    private static func level(at rank: Int, of histogram: [(Int, Int)]) -> Int {
        var seen = 0
        for (value, count) in histogram {
            seen += count
            if seen > rank { return value }
        }
        return histogram.last?.0 ?? 0
    }
}
