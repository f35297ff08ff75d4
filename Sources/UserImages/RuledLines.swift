/// Printed lines across a picture, told apart from the digit's ink and taken out.
///
/// Ruled or squared paper, a margin, a form's row of boxes: without them, the digit is not read together with the
/// lines it crosses or sits between.
///
/// A line is a thin band of ink running straight across at least 90% of the picture (drifting by a pixel or two along
/// it at most). There must be two such bands across, or three or more evenly spaced uprights, since a digit filling its
/// picture may have one stroke from edge to edge (and a tight crop of "11" two upright ones); then single lines the
/// other way count too (a ruled page's margin).
/// Between two horizontal lines, a thin upright that runs from one to the other and stops at both is a box's side (a
/// form's boxes). With no lines across the picture, a printed box round the digit (`PrintedBox`) is taken out the same
/// way. A line's pixels become ground, except where a pen stroke crossing it is stronger than the line.
struct RuledLines {
    /// A band of lines (rows or columns) that a line covers, over a span of the other direction.
    struct Band {
        let lines: ClosedRange<Int>
        let span: ClosedRange<Int>
    }

    /// The horizontal and the vertical lines.
    private(set) var rows: [Band] = []
    private(set) var columns: [Band] = []
    private let width: Int, height: Int

    var isEmpty: Bool { rows.isEmpty && columns.isEmpty }

    /// The lines among the pixels whose `strength` reaches `threshold`.
    init(strength: [Float], width: Int, height: Int, threshold: Float) {
        self.width = width
        self.height = height
        guard width >= 20, height >= 20 else { return }
        let ink = strength.map { $0 >= threshold }
        let across = Self.bands(lines: 0..<height, over: 0..<width, thickest: max(5, height / 40)) { ink[$0 * width + $1] }
        let down = Self.bands(lines: 0..<width, over: 0..<height, thickest: max(5, width / 40)) { ink[$1 * width + $0] }
        // Two upright strokes from edge to edge are a tight crop of "11" as often as a margin and a line: uprights
        // alone count only as a grid, three or more evenly spaced.
        guard across.count >= 2 || (down.count >= 3 && Self.evenlySpaced(down)) else {
            // No lines across the picture; a printed box round the digit, perhaps.
            if let box = PrintedBox(ink: ink, width: width, height: height) { (rows, columns) = (box.rows, box.columns) }
            return
        }
        rows = across.map { Band(lines: $0, span: 0...(width - 1)) }
        columns = down.map { Band(lines: $0, span: 0...(height - 1)) }
        // A form's boxes: uprights from one horizontal line to the next, ending at both.
        for (upper, lower) in zip(across, across.dropFirst()) where lower.lowerBound - upper.upperBound > 8 {
            let strip = (upper.upperBound + 1)...(lower.lowerBound - 1)
            let sides = Self.bands(lines: 0..<width, over: strip, thickest: max(5, width / 40)) { ink[$1 * width + $0] }
            for side in sides where !columns.contains(where: { $0.lines.overlaps(side) }) {
                // A stroke crossing the lines goes on beyond one of them, slanted perhaps: look a little to either side.
                let above = upper.lowerBound - 2, below = lower.upperBound + 2
                let near = max(0, side.lowerBound - 4)...min(width - 1, side.upperBound + 4)
                let continues = near.contains { x in (above >= 0 && ink[above * width + x]) || (below < height && ink[below * width + x]) }
                if !continues { columns.append(Band(lines: side, span: upper.lowerBound...lower.upperBound)) }
            }
        }
    }

    /// Whether the gaps between consecutive bands differ from their median by at most a fifth.
    private static func evenlySpaced(_ bands: [ClosedRange<Int>]) -> Bool {
        let gaps = zip(bands, bands.dropFirst()).map { $1.lowerBound - $0.lowerBound }
        let typical = Quantile.of(gaps.map(Float.init), at: 0.5)
        return gaps.allSatisfy { abs(Float($0) - typical) * 5 <= typical }
    }

    /// The thin bands among `lines` where ink runs across at least 90% of `over`, looking one line either side (a
    /// slightly tilted line); `isInk(line, position)`.
    private static func bands(lines: Range<Int>, over: some Collection<Int>, thickest: Int,
                              isInk: (Int, Int) -> Bool) -> [ClosedRange<Int>] {
        let needed = (over.count * 9 + 9) / 10
        var bands: [ClosedRange<Int>] = []
        var start: Int?
        for line in lines.lowerBound...lines.upperBound {
            var isLine = false
            if line < lines.upperBound {
                let near = max(lines.lowerBound, line - 1)...min(lines.upperBound - 1, line + 1)
                isLine = over.reduce(0) { covered, position in covered + (near.contains { isInk($0, position) } ? 1 : 0) } >= needed
            }
            if isLine, start == nil { start = line }
            if !isLine, let first = start {
                if line - first <= thickest + 2 { bands.append(first...(line - 1)) }
                start = nil
            }
        }
        return bands
    }

    /// `strength` with the lines taken out: on each band and a pixel either side, a pixel no stronger than half as
    /// much again as the line's typical strength (the median along it of the strongest pixel across the band) is the
    /// line's and becomes ground; a stronger one is a pen stroke crossing it and keeps its ink.
    func removed(from strength: [Float]) -> [Float] {
        var result = strength
        func clear(_ index: Int, upTo level: Float) {
            if strength[index] <= level { result[index] = 0 }
        }
        for band in rows {
            let level = 1.5 * Quantile.of(band.span.map { x in band.lines.map { strength[$0 * width + x] }.max() ?? 0 }, at: 0.5)
            for y in max(0, band.lines.lowerBound - 1)...min(height - 1, band.lines.upperBound + 1) {
                for x in band.span { clear(y * width + x, upTo: level) }
            }
        }
        for band in columns {
            let level = 1.5 * Quantile.of(band.span.map { y in band.lines.map { strength[y * width + $0] }.max() ?? 0 }, at: 0.5)
            for x in max(0, band.lines.lowerBound - 1)...min(width - 1, band.lines.upperBound + 1) {
                for y in band.span { clear(y * width + x, upTo: level) }
            }
        }
        return result
    }
}
