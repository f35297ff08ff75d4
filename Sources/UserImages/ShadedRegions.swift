/// Shaded parts of the ground: regions of weaker ink far wider than the stronger ink's strokes are a shadow on the paper.
///
/// A shadow that falls across one corner or one band of a sheet of paper makes a region darker than the paper all
/// round it. Where it is wider than the local background's window it is ground already (`InkMap.background`); where
/// it is narrower (the sheet is small in the frame, or the shadow cuts off only a corner of it), it stands out like
/// ink, and being large, it wins over the digit. Its tone tells it apart: a shadow takes a fraction of the paper's
/// light, a pen nearly all of it. So the ink is split in two by Otsu's threshold of its strengths; the stronger ink's
/// measures below are taken on its pieces clear of the picture's border (a desk's edge or a frame is no stroke); and
/// a piece of the weaker ink is a shaded region when it is
/// - far wider than the stronger ink's strokes: a point inside it lies at least 1.6 mean stroke widths, and 4 pixels,
///   from its edge (the soft rim around a stroke is a pixel or two wide, and the shaded half of a stroke that a
///   shadow's edge crosses is as wide as the stroke);
/// - much weaker than the stronger ink: its median strength at most 1/1.6 of the stronger ink's median.
/// Over each such region, and around it as far as a stroke's width plus a pixel (a stroke written inside the shadow),
/// the ground is raised by the region's own strength (its 90th percentile), so the region and its soft edges are
/// ground and a stroke inside it keeps the ink it has over the shadow.
enum ShadedRegions {
    /// The least distance, in mean stroke widths of the stronger ink, from a region's deepest point to its edge.
    static let widthInStrokes: Float = 1.6
    /// How many times a region's median strength the stronger ink's median must be.
    static let contrast: Float = 1.6

    /// `strength` with the ground raised over each shaded region, or nil when there is none.
    ///
    /// `smoothed` is the strength as thresholds see it, and `threshold` the strength from which a pixel counts as ink.
    static func lifted(strength: [Float], smoothed: [Float], threshold: Float, width: Int, height: Int) -> [Float]? {
        let ink = smoothed.map { $0 >= threshold }
        let inkValues = smoothed.indices.filter { ink[$0] }.map { smoothed[$0] }
        guard inkValues.count >= 16 else { return nil }
        let split = InkMap.otsu(inkValues)
        let weak = smoothed.indices.map { ink[$0] && smoothed[$0] < split }
        // The stronger ink at the border is a desk or a frame, not the strokes.
        let strongPieces = InkComponents(width: width, height: height, isInk: smoothed.indices.map { ink[$0] && !weak[$0] })
        let strong = strongPieces.labels.map { $0 >= 0 && !strongPieces.components[$0].touchesBorder }
        let strokeWidth = Float(StrokeWidth.estimate(strong, width: width, height: height))
        guard strokeWidth > 0 else { return nil }
        let strongMedian = Quantile.of(smoothed.indices.filter { strong[$0] }.map { smoothed[$0] }, at: 0.5)
        let pieces = InkComponents(width: width, height: height, isInk: weak)
        let distance = ChamferDistance.of(weak, width: width, height: height)
        var deepest = [Float](repeating: 0, count: pieces.components.count)
        for (index, label) in pieces.labels.enumerated() where label >= 0 { deepest[label] = max(deepest[label], distance[index]) }
        let deepEnough = max(4, widthInStrokes * strokeWidth)
        var members: [Int: [Int]] = [:]
        for (index, label) in pieces.labels.enumerated()
        where label >= 0 && deepest[label] >= deepEnough {
            members[label, default: []].append(index)
        }
        var raise = [Float](repeating: 0, count: strength.count)
        for pixels in members.values where Quantile.of(pixels.map { smoothed[$0] }, at: 0.5) * contrast <= strongMedian {
            let level = Quantile.of(pixels.map { strength[$0] }, at: 0.9)
            for index in pixels { raise[index] = max(raise[index], level) }
        }
        guard raise.contains(where: { $0 > 0 }) else { return nil }
        let reach = Int(strokeWidth.rounded(.up)) + 1
        raise = GreyMorphology.filter(raise, width: width, height: height, radius: reach, keep: max)
        return zip(strength, raise).map { max(0, $0 - $1) }
    }
}
