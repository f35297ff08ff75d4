import Foundation

extension InkLayer {
    /// A fine pen's version of these strokes: only their ridge (where the distance to the paper peaks within a 5x5
    /// neighbourhood), widened by one pixel and softened, about two pixels wide whatever the original width. The
    /// photo benchmark's `thin-pen` condition, as its Python script made it.
    func ridge() -> InkLayer {
        let mask = amount.map { $0 > 0.5 }
        let distance = Self.distanceToPaper(mask, width: width, height: height)
        var ridge = [Bool](repeating: false, count: amount.count)
        for y in 0..<height {
            for x in 0..<width where mask[y * width + x] {
                var most: Float = 0
                for dy in -2...2 {
                    for dx in -2...2 {
                        let (px, py) = (x + dx, y + dy)
                        if px >= 0, py >= 0, px < width, py < height { most = max(most, distance[py * width + px]) }
                    }
                }
                ridge[y * width + x] = distance[y * width + x] >= most - 0.75
            }
        }
        var widened = [Float](repeating: 0, count: amount.count)
        for y in 0..<height {
            for x in 0..<width {
                let near = [(0, 0), (1, 0), (-1, 0), (0, 1), (0, -1)].contains { dx, dy in
                    let (px, py) = (x + dx, y + dy)
                    return px >= 0 && py >= 0 && px < width && py < height && ridge[py * width + px]
                }
                widened[y * width + x] = near ? 1 : 0
            }
        }
        return InkLayer(width: width, height: height, amount: widened).blurred(sigma: 0.5)
    }

    /// The distance from each ink pixel to the nearest paper pixel (0 on paper), by the two-pass chamfer method
    /// with steps 1 and √2: within a few percent of the Euclidean distance.
    static func distanceToPaper(_ mask: [Bool], width: Int, height: Int) -> [Float] {
        let far = Float(width + height)
        var distance = mask.map { $0 ? far : 0 }
        let diagonal = Float(2).squareRoot()
        func relax(_ x: Int, _ y: Int, _ steps: [(Int, Int, Float)]) {
            let index = y * width + x
            guard distance[index] > 0 else { return }
            for (dx, dy, cost) in steps {
                let (px, py) = (x + dx, y + dy)
                // Outside the picture counts as paper.
                let neighbour = px >= 0 && py >= 0 && px < width && py < height ? distance[py * width + px] : 0
                distance[index] = min(distance[index], neighbour + cost)
            }
        }
        for y in 0..<height { for x in 0..<width { relax(x, y, [(-1, 0, 1), (0, -1, 1), (-1, -1, diagonal), (1, -1, diagonal)]) } }
        for y in stride(from: height - 1, through: 0, by: -1) {
            for x in stride(from: width - 1, through: 0, by: -1) {
                relax(x, y, [(1, 0, 1), (0, 1, 1), (1, 1, diagonal), (-1, 1, diagonal)])
            }
        }
        return distance
    }
}
