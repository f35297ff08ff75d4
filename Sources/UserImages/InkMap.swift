/// How much each pixel stands out from its local background as ink: the first step of reading a photo of a digit.
///
/// The ink's polarity comes from the strokes (`StrokePairs`: dark pen on light paper, or chalk on a board), or where
/// they are unclear from the picture's larger part; the background is the grey opening of the picture by a square
/// wider than any stroke, raised where a region's thin end (a shadow meeting the edge of the sheet) belongs to a wide
/// region (`background`), which follows shadows and lighting gradients and keeps the sharp edge of a desk around the
/// paper, so that none of them counts as ink; printed lines (`RuledLines`) are taken out; a shadow over part of the
/// sheet too narrow for the background's window is ground as well (`ShadedRegions`); the threshold is Otsu's, but
/// never within reach of the background's own noise.
struct InkMap {
    let width: Int
    let height: Int
    /// How far above its local background each pixel is, in grey levels (0 where it is not brighter).
    let strength: [Float]
    /// `strength` lightly blurred against noise (on pictures of 150 pixels or more a side): what thresholds see.
    let smoothed: [Float]
    /// Whether the ink was dark on a light ground (and so the picture was inverted).
    let inverted: Bool
    /// The background's noise: a robust standard deviation, in grey levels.
    let noise: Float
    /// The strength from which a pixel counts as ink.
    let threshold: Float
    /// The strength of full ink: a high percentile of the pixels above the threshold (0 when there are none).
    let inkLevel: Float

    /// The ink map of `image`, with the ink dark on a light ground when `darkInk` says so, else as `inkIsDark` judges.
    /// With `flatBackground` the ground is one level for the whole picture (the lower part of Otsu's split) instead of
    /// the local opening: right for a scan cropped tight around a digit whose strokes are wider than any window the
    /// opening could use.
    init(_ image: GreyImage, darkInk given: Bool? = nil, flatBackground: Bool = false) {
        width = image.width
        height = image.height
        let darkInk = given ?? Self.inkIsDark(image)
        inverted = darkInk
        let values = image.pixels.map { Float(darkInk ? 255 - $0 : $0) }
        let flat = flatBackground ? Self.flatGround(values) : nil
        let background = flat.map { [Float](repeating: $0.level, count: values.count) }
            ?? Self.background(values, width: width, height: height, radius: max(2, min(width, height) / 7))
        var strength = [Float](repeating: 0, count: values.count)
        var deviations = [Float]()
        deviations.reserveCapacity(values.count / 7 + 1)
        for index in values.indices {
            let difference = values[index] - background[index]
            strength[index] = max(0, difference)
            // With one ground level, the noise is measured on the ground alone (the ink may cover most of the picture).
            if index % 7 == 0 && values[index] < (flat?.split ?? .infinity) { deviations.append(difference) }
        }
        let (offset, rawNoise) = Self.robustSpread(deviations)
        // Ruled or squared paper, a form's lines: taken out before the ink is thresholded, so the digit stands alone.
        // Found well below the ink's threshold: faint lines still carry the ink's growth along them (`inkPatch`).
        let lines = RuledLines(strength: strength, width: width, height: height, threshold: max(0, offset) + 4 * rawNoise + 15)
        if !lines.isEmpty { strength = lines.removed(from: strength) }
        let radius = min(width, height) >= 150 ? max(1, min(width, height) / 250) : 0
        let noise = rawNoise / Float(2 * radius + 1)  // a box of n x n pixels divides the noise by n
        // The opening sits a little below noisy ground (it keeps local minima; where the ground grown back lifts it, less
        // so), so the ground's own level is the offset.
        let (width, height) = (width, height)
        func thresholded(_ strength: [Float]) -> (blurred: [Float], threshold: Float) {
            let blurred = radius > 0 ? BoxBlur.apply(strength, width: width, height: height, radius: radius) : strength
            return (blurred, max(Self.otsu(blurred), max(0, offset) + 4 * noise, 10))
        }
        var (blurred, threshold) = thresholded(strength)
        // A shadow over part of the sheet, narrower than the background's window, is ground too.
        if let lifted = ShadedRegions.lifted(strength: strength, smoothed: blurred, threshold: threshold, width: width, height: height) {
            strength = lifted
            (blurred, threshold) = thresholded(strength)
        }
        let inkLevel = Quantile.of(strength.indices.filter { blurred[$0] >= threshold }.map { strength[$0] }, at: 0.9)
        self.strength = strength
        smoothed = blurred
        self.noise = noise
        self.threshold = threshold
        self.inkLevel = inkLevel
        floor = min(inkLevel * 0.5, max(inkLevel * 0.15, max(0, offset) + 2 * rawNoise))
    }

    /// The strength below which a pixel holds no ink at all: 15% of full ink, as MNIST's own noise floor, or twice the
    /// noise when that is higher.
    let floor: Float

    /// Ink strength scaled to 0…1: 0 at the floor (anti-aliased edges keep their softness), 1 at full ink.
    func amount(at index: Int) -> Float {
        max(0, min(1, (strength[index] - floor) / max(1, inkLevel - floor)))
    }

    /// The local background of `values` (ink bright): the grey opening by a (2`radius`+1)-pixel square, raised over
    /// the wide parts of the regions that an opening by reconstruction keeps whole.
    ///
    /// The opening takes for ground everything wider than the square and leaves as ink whatever is narrower: strokes,
    /// but also the thin end of a shadow's region where its edge meets the edge of the sheet at a sharp angle. Grown
    /// back from the same erosion under the picture (lightly blurred against noise, which would otherwise carry it
    /// everywhere), the ground reaches into such a thin end, since it is joined to the wide region, and not into a
    /// stroke, which stands on its own; where the ground grown back is higher than the opening's over a part at least
    /// a tenth of the picture's side wide (a shadow's region, the picture's own gradient of light), it is the ground.
    /// Along a stroke joined to a region that a shadow darkens, the ground grows in too, but only as thin as the
    /// stroke: the second opening leaves it out and the stroke keeps its ink. Both hold by width: a stroke as wide as
    /// a tenth of the picture joined to a shadow becomes ground, and the last tenth of a shadow's thin end stays ink.
    static func background(_ values: [Float], width: Int, height: Int, radius: Int) -> [Float] {
        let opened = GreyMorphology.opening(values, width: width, height: height, radius: radius)
        let smooth = BoxBlur.apply(values, width: width, height: height, radius: 2)
        let eroded = GreyMorphology.filter(smooth, width: width, height: height, radius: radius, keep: min)
        let grown = GreyReconstruction.byDilation(marker: eroded, mask: smooth, width: width, height: height)
        let gain = zip(grown, opened).map { max(0, $0 - $1) }
        let wide = GreyMorphology.opening(gain, width: width, height: height, radius: max(1, min(width, height) / 20))
        return zip(opened, wide).map { $0 + $1 }
    }

    /// Whether the ink is darker than its ground: as the strokes say (`StrokePairs`) when they say it clearly, else
    /// as the larger part of the picture says.
    static func inkIsDark(_ image: GreyImage) -> Bool {
        let strokes = StrokePairs(image).darkInk
        return strokes.clear ? strokes.verdict : largerPartIsLight(image)
    }

    /// Whether the larger part of the picture is light. Otsu's threshold splits the picture into a darker and a
    /// lighter part; the ground is the part that covers more of it, counting the middle half of the picture (where the
    /// paper around the digit is) four times as much as the rest (where a desk may be). A desk that covers most of the
    /// frame outweighs a small sheet of paper all the same, which is why the strokes are asked first.
    static func largerPartIsLight(_ image: GreyImage) -> Bool {
        var counts = [Double](repeating: 0, count: 256)
        for value in image.pixels { counts[Int(value)] += 1 }
        let split = otsu(counts)
        var dark = 0.0, light = 0.0
        let (x0, x1, y0, y1) = (image.width / 4, image.width * 3 / 4, image.height / 4, image.height * 3 / 4)
        for y in 0..<image.height {
            for x in 0..<image.width {
                let weight = x >= x0 && x < x1 && y >= y0 && y < y1 ? 1.0 : 0.25
                if Int(image[x, y]) < split { dark += weight } else { light += weight }
            }
        }
        return light >= dark
    }

    /// One ground level for the whole picture, the median of the values below Otsu's split, and that split.
    private static func flatGround(_ values: [Float]) -> (level: Float, split: Float) {
        let split = otsu(values)
        // A uniform picture has no split: its one level is the ground.
        let ground = values.filter { $0 < split }.sorted()
        let all = ground.isEmpty ? values.sorted() : ground
        return (all.isEmpty ? 0 : all[all.count / 2], ground.isEmpty ? .infinity : split)
    }

    /// The median, and 1.4826 times the median absolute deviation from it: the background's level and the standard
    /// deviation of its noise, undisturbed by the ink.
    private static func robustSpread(_ values: [Float]) -> (median: Float, deviation: Float) {
        let median = Quantile.of(values, at: 0.5)
        return (median, 1.4826 * Quantile.of(values.map { abs($0 - median) }, at: 0.5))
    }

    /// Otsu's threshold over strengths rounded to whole grey levels.
    static func otsu(_ values: [Float]) -> Float {
        var counts = [Double](repeating: 0, count: 256)
        for value in values { counts[Int(max(0, min(255, value.rounded())))] += 1 }
        return Float(otsu(counts))
    }

    /// Otsu's threshold for a histogram of 256 grey levels: the first level of the upper class.
    static func otsu(_ counts: [Double]) -> Int {
        let total = counts.reduce(0, +)
        let sum = counts.enumerated().reduce(0.0) { $0 + Double($1.offset) * $1.element }
        var weight = 0.0, partial = 0.0, best = 0.0, threshold = 0
        for level in 0..<255 {
            weight += counts[level]
            partial += Double(level) * counts[level]
            guard weight > 0, weight < total else { continue }
            let meanLow = partial / weight, meanHigh = (sum - partial) / (total - weight)
            let between = weight * (total - weight) * (meanLow - meanHigh) * (meanLow - meanHigh)
            if between > best { best = between; threshold = level + 1 }
        }
        return threshold
    }
}
