/// How the pieces of ink lie on the page, for telling a digit or a row of digits from something else (lines of text,
/// a crowd of marks): the lines of writing they form, and how many sizeable pieces there are.
enum InkLines {
    /// The lines of writing `pieces` form: the rows they cover, merged where pieces overlap down the page. A line counts
    /// when it holds two pieces or more side by side and is at least 40% as tall as the tallest; a lone piece (the
    /// dashes of one broken digit, a detached bar) or a short band (an underline, dots) is not a line of writing.
    /// Always at least 1 when there are pieces.
    static func count(_ pieces: [InkComponents.Component]) -> Int {
        let spans = pieces.map { ($0.minY, $0.maxY) }.sorted { $0.0 < $1.0 }
        var lines: [(top: Int, bottom: Int, pieces: Int)] = []
        for (top, bottom) in spans {
            if let last = lines.last, top <= last.bottom {
                lines[lines.count - 1].bottom = max(last.bottom, bottom)
                lines[lines.count - 1].pieces += 1
            } else {
                lines.append((top, bottom, 1))
            }
        }
        let tallest = lines.map { $0.bottom - $0.top + 1 }.max() ?? 0
        let counted = lines.filter { $0.pieces >= 2 && ($0.bottom - $0.top + 1) * 10 >= tallest * 4 }.count
        return pieces.isEmpty ? 0 : max(1, counted)
    }

    /// The pieces that count as ink of their own, for the warnings about a single digit: not touching the border (when
    /// any ink lies inside) and at least a fortieth of the largest piece's area and 3 pixels (`DigitGroups` keeps a
    /// number's pieces by a similar but not identical rule, with a size floor that grows with the picture).
    static func sizeable(_ pieces: InkComponents) -> [InkComponents.Component] {
        let inside = pieces.components.filter { !$0.touchesBorder }
        let kept = inside.isEmpty ? pieces.components : inside
        let largest = kept.map(\.area).max() ?? 0
        return kept.filter { $0.area * 40 >= largest && $0.area >= 3 }
    }
}
