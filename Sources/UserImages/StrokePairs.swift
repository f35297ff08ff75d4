/// Which side of a picture's edges is ink, judged by strokes: a stroke of ink is a narrow band between two edges
/// that face away from each other, so from an edge on a dark stroke one soon meets the stroke's other edge going into
/// the dark side, and from an edge on a light stroke going into the light side.
///
/// Every clear edge (a local maximum of the gradient, above the noise) at least a quarter as strong as the strong
/// edges looks both ways along its gradient for an opposite clear edge, up to a third of the picture; each one found
/// counts for its side the weaker edge's strength over the distance (distances under a fortieth of the picture counting
/// alike), so that the many narrow, contrasted strokes of a digit outweigh the few wide bands of a sheet of paper, a
/// desk or a strip of light between two shadows, and the pen's strokes a strip of paper between them and the desk.
/// Unlike counting which tone covers more of the picture, this does not care how much of the frame a desk or
/// a shadow takes (the stroke-width transform of Epshtein, Ofek and Wexler, 2010, decides text's polarity the same way).
struct StrokePairs {
    /// The evidence for dark strokes on a light ground.
    let dark: Double
    /// The evidence for light strokes on a dark ground.
    let light: Double

    /// Whether the strokes are dark, and whether the evidence for that side is clearly the stronger (by a fifth).
    var darkInk: (verdict: Bool, clear: Bool) {
        (dark >= light, max(dark, light) >= 1.2 * min(dark, light) && max(dark, light) > 0)
    }

    init(_ image: GreyImage) {
        let (width, height) = (image.width, image.height)
        guard width >= 3, height >= 3 else {
            (dark, light) = (0, 0)
            return
        }
        let raw = image.pixels.map(Float.init)
        let values = BoxBlur.apply(raw, width: width, height: height, radius: 1)
        var gradientX = [Float](repeating: 0, count: raw.count), gradientY = gradientX, magnitude = gradientX
        for y in 1..<(height - 1) {
            for x in 1..<(width - 1) {
                func at(_ dx: Int, _ dy: Int) -> Float { values[(y + dy) * width + x + dx] }
                let gx = at(1, -1) + 2 * at(1, 0) + at(1, 1) - at(-1, -1) - 2 * at(-1, 0) - at(-1, 1)
                let gy = at(-1, 1) + 2 * at(0, 1) + at(1, 1) - at(-1, -1) - 2 * at(0, -1) - at(1, -1)
                let index = y * width + x
                (gradientX[index], gradientY[index], magnitude[index]) = (gx, gy, (gx * gx + gy * gy).squareRoot())
            }
        }
        // An edge stands out from the noise: a Sobel filter on the 3x3 mean answers a step of s grey levels with 8s/3,
        // and an edge here is a step of at least four times the spread of neighbouring pixels' differences.
        let threshold = max(40, 32 * (Self.spread(raw, width: width, height: height) + 0.5) / 3)
        var isEdge = [Bool](repeating: false, count: raw.count)
        var edges: [Int] = []
        for index in magnitude.indices where magnitude[index] > threshold {
            let ux = gradientX[index] / magnitude[index], uy = gradientY[index] / magnitude[index]
            let x = index % width, y = index / width
            let ahead = Self.index(x, y, ux, uy, width: width, height: height)
            let behind = Self.index(x, y, -ux, -uy, width: width, height: height)
            // Only the crest of the edge, across its width.
            if magnitude[index] >= magnitude[ahead ?? index] && magnitude[index] >= magnitude[behind ?? index] {
                isEdge[index] = true
                edges.append(index)
            }
        }
        // Weak edges (a desk's grain, a pattern's faint steps) next to strong ones (the pen) are left out: an edge
        // counts from a quarter of the strength of the strong edges, the 90th percentile.
        let strengths = edges.map { magnitude[$0] }.sorted()
        let strong = strengths.isEmpty ? 0 : strengths[strengths.count * 9 / 10]
        edges = edges.filter { magnitude[$0] >= strong / 4 }
        let reach = max(4, min(width, height) / 3)
        // Strokes narrower than this all count alike: a fine pattern's gaps are no more stroke-like than its dots.
        let narrow = max(2, min(width, height) / 40)
        var dark = 0.0, light = 0.0
        for index in edges {
            let ux = gradientX[index] / magnitude[index], uy = gradientY[index] / magnitude[index]
            let (x, y) = (Float(index % width), Float(index / width))
            // The gradient points to the light side: against it lies a dark stroke, along it a light one.
            for sign: Float in [-1, 1] {
                for step in 2...reach {
                    let distance = sign * Float(step)
                    guard let other = Self.index(Int(x), Int(y), distance * ux, distance * uy, width: width, height: height) else { break }
                    guard isEdge[other] else { continue }
                    let facing = (gradientX[other] * ux + gradientY[other] * uy) / magnitude[other]
                    if facing < -0.7 {
                        let weight = Double(min(magnitude[index], magnitude[other])) / Double(max(step, narrow))
                        if sign < 0 { dark += weight } else { light += weight }
                        break
                    }
                }
            }
        }
        (self.dark, self.light) = (dark, light)
    }

    /// The pixel at (x + dx, y + dy), rounded, or nil outside the picture.
    private static func index(_ x: Int, _ y: Int, _ dx: Float, _ dy: Float, width: Int, height: Int) -> Int? {
        let nx = x + Int(dx.rounded()), ny = y + Int(dy.rounded())
        return nx >= 0 && ny >= 0 && nx < width && ny < height ? ny * width + nx : nil
    }

    /// How much horizontally neighbouring pixels differ: 1.4826 times the median absolute deviation of their
    /// differences (a standard deviation, robust to the few that are edges), from a histogram of the whole differences.
    private static func spread(_ values: [Float], width: Int, height: Int) -> Float {
        var counts = [Int](repeating: 0, count: 511)
        for y in 0..<height {
            for x in 0..<(width - 1) { counts[Int(values[y * width + x + 1] - values[y * width + x]) + 255] += 1 }
        }
        let total = counts.reduce(0, +)
        guard total > 0 else { return 0 }
        /// The value below which lies more than half of a histogram's count.
        func median(_ histogram: [Int]) -> Int {
            var seen = 0
            for (value, count) in histogram.enumerated() {
                seen += count
                if seen * 2 > total { return value }
            }
            return histogram.count - 1
        }
        let middle = median(counts) - 255
        var deviations = [Int](repeating: 0, count: 511)
        for (value, count) in counts.enumerated() { deviations[abs(value - 255 - middle)] += count }
        return 1.4826 * Float(median(deviations))
    }
}
