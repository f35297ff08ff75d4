import Foundation
import UserImages

/// A digit's ink as amounts from 0 (none) to 1 (full ink) on a grid of its own, before it meets paper.
struct InkLayer: Sendable {
    let width: Int
    let height: Int
    var amount: [Float]

    init(width: Int, height: Int, amount: [Float]) {
        self.width = width
        self.height = height
        self.amount = amount
    }

    subscript(x: Int, y: Int) -> Float { amount[y * width + x] }

    /// The 28x28 MNIST `digit` (0 background, 255 ink) sampled bicubically through `source`, which maps an output
    /// pixel's centre to continuous source coordinates (pixel centres of the digit at 0.5, 1.5, …).
    static func sampling(_ digit: GreyImage, width: Int, height: Int,
                         source: (Double, Double) -> (x: Double, y: Double)) -> InkLayer {
        var amount = [Float](repeating: 0, count: width * height)
        for y in 0..<height {
            for x in 0..<width {
                let (sx, sy) = source(Double(x) + 0.5, Double(y) + 0.5)
                amount[y * width + x] = bicubic(digit, x: sx - 0.5, y: sy - 0.5)
            }
        }
        return InkLayer(width: width, height: height, amount: amount)
    }

    /// The whole 28x28 digit enlarged to a `side` x `side` square.
    static func enlarged(_ digit: GreyImage, side: Int) -> InkLayer {
        let scale = Double(digit.width) / Double(side)
        return sampling(digit, width: side, height: side) { x, y in (x * scale, y * scale) }
    }

    /// Catmull-Rom style bicubic interpolation (a = -0.5, as PIL's BICUBIC), clamped to 0…1; outside is no ink.
    static func bicubic(_ digit: GreyImage, x: Double, y: Double) -> Float {
        let x0 = Int(floor(x)), y0 = Int(floor(y))
        let fx = x - Double(x0), fy = y - Double(y0)
        func weight(_ t: Double) -> Double {
            let t = abs(t)
            if t <= 1 { return (1.5 * t - 2.5) * t * t + 1 }
            if t < 2 { return ((-0.5 * t + 2.5) * t - 4) * t + 2 }
            return 0
        }
        var total = 0.0
        for j in -1...2 {
            let py = y0 + j
            guard py >= 0, py < digit.height else { continue }
            let wy = weight(Double(j) - fy)
            for i in -1...2 {
                let px = x0 + i
                guard px >= 0, px < digit.width else { continue }
                total += wy * weight(Double(i) - fx) * Double(digit[px, py])
            }
        }
        return Float(max(0, min(1, total / 255)))
    }

    /// Bolder strokes: each pixel takes the most ink within `radius` pixels (a disk).
    func dilated(radius: Double) -> InkLayer {
        let reach = Int(radius.rounded(.down))
        guard reach >= 1 else { return self }
        var offsets: [(Int, Int)] = []
        for dy in -reach...reach {
            for dx in -reach...reach where Double(dx * dx + dy * dy) <= radius * radius { offsets.append((dx, dy)) }
        }
        var output = amount
        for y in 0..<height {
            for x in 0..<width {
                var most: Float = 0
                for (dx, dy) in offsets {
                    let (px, py) = (x + dx, y + dy)
                    if px >= 0, py >= 0, px < width, py < height { most = max(most, amount[py * width + px]) }
                }
                output[y * width + x] = most
            }
        }
        return InkLayer(width: width, height: height, amount: output)
    }

    /// Thinner strokes: only ink above `level` counts, ramped to full over `ramp`.
    func narrowed(level: Float, ramp: Float) -> InkLayer {
        InkLayer(width: width, height: height, amount: amount.map { max(0, min(1, ($0 - level) / ramp)) })
    }

    /// Each amount scaled by `factor(x, y)` (chalk's grain, a pen that skips), clamped to 0…1.
    func modulated(_ factor: (Int, Int) -> Float) -> InkLayer {
        var output = amount
        for y in 0..<height { for x in 0..<width { output[y * width + x] = max(0, min(1, amount[y * width + x] * factor(x, y))) } }
        return InkLayer(width: width, height: height, amount: output)
    }

    /// Gaussian blur of standard deviation `sigma` pixels.
    func blurred(sigma: Double) -> InkLayer {
        InkLayer(width: width, height: height, amount: GaussianBlur.apply(amount, width: width, height: height, channels: 1, sigma: sigma))
    }

    /// The columns and rows of the first and last pixels whose ink is at least `level`, or nil when none is.
    static func inkBox(_ digit: GreyImage, level: UInt8) -> (minX: Int, minY: Int, maxX: Int, maxY: Int)? {
        var box: (minX: Int, minY: Int, maxX: Int, maxY: Int)?
        for y in 0..<digit.height {
            for x in 0..<digit.width where digit[x, y] >= level {
                box = box.map { (min($0.minX, x), min($0.minY, y), max($0.maxX, x), max($0.maxY, y)) } ?? (x, y, x, y)
            }
        }
        return box
    }
}
