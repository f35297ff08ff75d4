/// Ways to cut a piece of ink that holds several touching digits into that many parts. A cut is the cheapest path
/// from the piece's top row to its bottom row through its ink (each row at most one column from the row above, so it
/// follows a slanted gap), searched in a window around where the cut is expected; each cut has up to three
/// candidates (the best in the whole window and in each half), for the classifier to choose among.
struct TouchingDigits {
    let map: InkMap
    /// The piece's pixels (indices into the analysed picture) and its box.
    let pixels: [Int]
    let minX: Int, minY: Int, maxX: Int, maxY: Int

    /// Every combination of candidate cuts into `parts` parts (at most 27), each as the parts' pixel lists, left to right.
    func splits(into parts: Int) -> [[[Int]]] {
        guard parts >= 2 else { return [[pixels]] }
        let width = Double(maxX - minX + 1)
        var cutCandidates: [[[Int]]] = []
        for cut in 1..<parts {
            let expected = Double(minX) + width * Double(cut) / Double(parts)
            let half = width / Double(parts) * 0.35
            let low = max(minX + 1, Int(expected - half)), high = min(maxX - 1, Int(expected + half))
            guard low <= high else { return [] }
            let middle = (low + high) / 2
            var seams = [seam(from: low, to: high, expected: expected)]
            if middle > low { seams.append(seam(from: low, to: middle, expected: expected)) }
            if middle + 1 < high { seams.append(seam(from: middle + 1, to: high, expected: expected)) }
            var distinct: [[Int]] = []
            for candidate in seams where !distinct.contains(candidate) { distinct.append(candidate) }
            cutCandidates.append(parts <= 4 ? distinct : [distinct[0]])
        }
        var combinations: [[[Int]]] = [[]]
        for options in cutCandidates { combinations = combinations.flatMap { chosen in options.map { chosen + [$0] } } }
        return combinations.prefix(27).map(partition)
    }

    /// The piece's pixels split by `cuts` (one column per row each): a pixel right of k cuts is in part k.
    private func partition(_ cuts: [[Int]]) -> [[Int]] {
        var parts = [[Int]](repeating: [], count: cuts.count + 1)
        for index in pixels {
            let x = index % map.width, row = index / map.width - minY
            parts[cuts.filter { x > $0[row] }.count].append(index)
        }
        return parts
    }

    /// The cheapest top-to-bottom path through the ink between columns `from` and `to` (both included): per row,
    /// the column it crosses. Ink outside the piece costs nothing; a slight pull towards `expected` breaks ties.
    func seam(from: Int, to: Int, expected: Double) -> [Int] {
        let columns = to - from + 1, rows = maxY - minY + 1
        var inPiece = Set<Int>()
        for index in pixels where index % map.width >= from && index % map.width <= to { inPiece.insert(index) }
        func cost(_ x: Int, _ y: Int) -> Float {
            let index = (minY + y) * map.width + x
            return (inPiece.contains(index) ? map.strength[index] : 0) + Float(abs(Double(x) - expected)) * 0.01
        }
        var total = [Float](repeating: 0, count: rows * columns)
        var cameFrom = [Int](repeating: 0, count: rows * columns)
        for column in 0..<columns { total[column] = cost(from + column, 0) }
        for y in 1..<max(1, rows) {
            for column in 0..<columns {
                var best = column, bestCost = total[(y - 1) * columns + column]
                for previous in [column - 1, column + 1] where previous >= 0 && previous < columns
                    && total[(y - 1) * columns + previous] < bestCost {
                    best = previous
                    bestCost = total[(y - 1) * columns + previous]
                }
                total[y * columns + column] = bestCost + cost(from + column, y)
                cameFrom[y * columns + column] = best
            }
        }
        var column = (0..<columns).min { total[(rows - 1) * columns + $0] < total[(rows - 1) * columns + $1] } ?? 0
        var path = [Int](repeating: 0, count: rows)
        for y in stride(from: rows - 1, through: 0, by: -1) {
            path[y] = from + column
            column = cameFrom[y * columns + column]
        }
        return path
    }
}
