/// How far each pixel of a mask lies from the nearest pixel outside it: the chamfer distance with steps 1 and √2.
///
/// Two passes (top-left to bottom-right, then back) give each pixel the shortest path of straight and diagonal steps
/// to a pixel outside the mask: never shorter than the straight line, and at most 8.3% longer. Beyond the picture
/// counts as outside, so a pixel on the edge is 1 away.
enum ChamferDistance {
    /// The distance of each pixel of `mask` (`width` x `height`, row by row) to the outside; 0 outside the mask.
    static func of(_ mask: [Bool], width: Int, height: Int) -> [Float] {
        let diagonal = Float(2).squareRoot()
        var distance = mask.map { $0 ? Float.infinity : 0 }
        func at(_ x: Int, _ y: Int) -> Float {
            x >= 0 && y >= 0 && x < width && y < height ? distance[y * width + x] : 0
        }
        for y in 0..<height {
            for x in 0..<width where mask[y * width + x] {
                let fromBefore = min(at(x - 1, y) + 1, at(x, y - 1) + 1, at(x - 1, y - 1) + diagonal, at(x + 1, y - 1) + diagonal)
                distance[y * width + x] = min(distance[y * width + x], fromBefore)
            }
        }
        for y in stride(from: height - 1, through: 0, by: -1) {
            for x in stride(from: width - 1, through: 0, by: -1) where mask[y * width + x] {
                let fromAfter = min(at(x + 1, y) + 1, at(x, y + 1) + 1, at(x + 1, y + 1) + diagonal, at(x - 1, y + 1) + diagonal)
                distance[y * width + x] = min(distance[y * width + x], fromAfter)
            }
        }
        return distance
    }
}
