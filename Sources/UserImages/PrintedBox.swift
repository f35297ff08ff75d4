/// A printed box drawn round the digit, anywhere in the picture (a form's box photographed with paper around it):
/// two thin horizontal lines of the same extent, joined at both ends by thin uprights.
///
/// Each of the four lines is straight and unbroken (gaps of two pixels at most) along at least 90% of its side and
/// thin (the paper beside it outside the box nearly clear, and inside it not inked all along), the box is at least a
/// sixth of the picture's shorter side, and it holds ink inside, clear of its lines (a digit's own loop is empty). A
/// digit's strokes touching the box make one piece with it, which is why the box is found as lines rather than as a
/// piece of ink that encloses another.
struct PrintedBox {
    /// The top and bottom lines, each over the box's width.
    let rows: [RuledLines.Band]
    /// The left and right sides, each over the box's height.
    let columns: [RuledLines.Band]

    /// The largest printed box among the `ink` pixels, or nil when there is none.
    init?(ink: [Bool], width: Int, height: Int) {
        let thickest = max(5, min(width, height) / 40)
        let shortest = max(16, min(width, height) / 6)
        let runs = (0..<height).map { y in Self.longestRun(count: width) { ink[y * width + $0] } }
        // Horizontal lines: runs of rows whose longest runs start and end together.
        var lines: [(rows: ClosedRange<Int>, from: Int, to: Int)] = []
        var y = 0
        while y < height {
            guard let first = runs[y], first.count >= shortest else { y += 1; continue }
            var last = y
            while last + 1 < height, let next = runs[last + 1], abs(next.lowerBound - first.lowerBound) <= 3,
                  abs(next.upperBound - first.upperBound) <= 3 { last += 1 }
            if last - y <= thickest + 2 { lines.append((y...last, first.lowerBound, first.upperBound)) }
            y = last + 1
        }
        var best: (rows: [RuledLines.Band], columns: [RuledLines.Band], area: Int)?
        for (index, upper) in lines.enumerated() {
            for lower in lines[(index + 1)...] where lower.rows.lowerBound - upper.rows.upperBound >= shortest / 2 {
                let slack = thickest + 4
                guard abs(lower.from - upper.from) <= slack, abs(lower.to - upper.to) <= slack else { continue }
                let span = upper.rows.lowerBound...lower.rows.upperBound
                // An upright within reach of the lines' ends, unbroken from the top line to the bottom one.
                func side(near x: Int) -> ClosedRange<Int>? {
                    let full = (max(0, x - slack)...min(width - 1, x + slack)).filter { column in
                        let run = Self.longestRun(count: span.count) { offset in
                            (max(0, column - 1)...min(width - 1, column + 1)).contains { ink[(span.lowerBound + offset) * width + $0] }
                        }
                        return (run?.count ?? 0) * 10 >= span.count * 9
                    }
                    guard let low = full.min(), let high = full.max(), high - low <= thickest + 2 else { return nil }
                    return low...high
                }
                guard let left = side(near: min(upper.from, lower.from)), let right = side(near: max(upper.to, lower.to)),
                      right.lowerBound - left.upperBound >= shortest / 2 else { continue }
                let across = left.lowerBound...right.upperBound
                guard [upper, lower].allSatisfy({ ($0.to - $0.from + 1) * 10 >= across.count * 9 }) else { continue }
                // Thin lines, not slices of a bold stroke: beside each line, outside the box, the paper is nearly
                // clear, and inside it a digit may run along part of the line but not all of it.
                // The share of inked pixels in rows top...bottom and columns left...right (0 where none is in the picture).
                func share(_ top: Int, _ bottom: Int, _ left: Int, _ right: Int) -> Double {
                    let (y0, y1, x0, x1) = (max(0, top), min(height - 1, bottom), max(0, left), min(width - 1, right))
                    guard y0 <= y1, x0 <= x1 else { return 0 }
                    let inked = (y0...y1).reduce(0) { total, y in total + (x0...x1).filter { ink[y * width + $0] }.count }
                    return Double(inked) / Double((y1 - y0 + 1) * (x1 - x0 + 1))
                }
                let (top, bottom) = (upper.rows.lowerBound, lower.rows.upperBound)
                let (x0, x1) = (across.lowerBound, across.upperBound)
                let beside: [(outside: Double, inside: Double)] = [
                    (share(top - 2, top - 2, x0, x1), share(upper.rows.upperBound + 2, upper.rows.upperBound + 2, x0, x1)),
                    (share(bottom + 2, bottom + 2, x0, x1), share(lower.rows.lowerBound - 2, lower.rows.lowerBound - 2, x0, x1)),
                    (share(top, bottom, x0 - 2, x0 - 2), share(top, bottom, left.upperBound + 2, left.upperBound + 2)),
                    (share(top, bottom, x1 + 2, x1 + 2), share(top, bottom, right.lowerBound - 2, right.lowerBound - 2)),
                ]
                guard beside.allSatisfy({ $0.outside <= 0.3 && $0.inside <= 0.75 }) else { continue }
                // A box holds the digit: ink inside, clear of its lines (a digit's own loop is empty).
                let inner = share(upper.rows.upperBound + thickest + 2, lower.rows.lowerBound - thickest - 2,
                                  left.upperBound + thickest + 2, right.lowerBound - thickest - 2)
                guard inner >= 0.02 else { continue }
                let area = across.count * span.count
                if area > best?.area ?? 0 {
                    best = ([RuledLines.Band(lines: upper.rows, span: across), RuledLines.Band(lines: lower.rows, span: across)],
                            [RuledLines.Band(lines: left, span: span), RuledLines.Band(lines: right, span: span)], area)
                }
            }
        }
        guard let best else { return nil }
        (rows, columns) = (best.rows, best.columns)
    }

    /// The longest stretch of positions 0..<count where `isInk` holds, bridging gaps of up to two pixels.
    static func longestRun(count: Int, isInk: (Int) -> Bool) -> ClosedRange<Int>? {
        var best: ClosedRange<Int>?
        var start = 0, lastInk = Int.min / 2
        for position in 0..<count where isInk(position) {
            if position - lastInk > 3 { start = position }
            lastInk = position
            if position - start + 1 > best?.count ?? 0 { best = start...position }
        }
        return best
    }
}
