import Foundation
import UserImages

/// The plain reference the benchmark sets beside Digitbook's preprocessing: MNIST-style steps with no background
/// logic. Invert when the picture is mostly light; threshold at Otsu's level; crop to the pixels past it; stretch
/// grey levels so that Otsu's two class means become 0 and 255; scale into a 20x20 box keeping the aspect ratio (area
/// averaging); place in 28x28 with the centre of mass at (14, 14).
public enum PlainReference {
    /// Why the reference could not make a digit: the picture holds only one grey level.
    public struct Uniform: Error, CustomStringConvertible, Sendable {
        public var description: String { "the picture holds a single grey level" }
    }

    /// The 28x28 input (0 background, 255 ink) for `image`.
    public static func digit(from image: GreyImage) throws(Uniform) -> GreyImage {
        let mean = image.pixels.reduce(0) { $0 + Int($1) } / image.pixels.count
        let ink = mean > 127 ? image.pixels.map { 255 - $0 } : image.pixels
        var histogram = [Int](repeating: 0, count: 256)
        for value in ink { histogram[Int(value)] += 1 }
        guard let (threshold, low, high) = otsu(histogram), high > low else { throw Uniform() }
        var (minX, minY, maxX, maxY) = (image.width, image.height, -1, -1)
        for y in 0..<image.height {
            for x in 0..<image.width where ink[y * image.width + x] > threshold {
                (minX, minY, maxX, maxY) = (min(minX, x), min(minY, y), max(maxX, x), max(maxY, y))
            }
        }
        guard maxX >= 0 else { throw Uniform() }
        let (cropWidth, cropHeight) = (maxX - minX + 1, maxY - minY + 1)
        var crop = [Float](repeating: 0, count: cropWidth * cropHeight)
        for y in 0..<cropHeight {
            for x in 0..<cropWidth {
                let value = (Double(ink[(minY + y) * image.width + minX + x]) - low) / (high - low)
                crop[y * cropWidth + x] = Float(max(0, min(1, value)) * 255)
            }
        }
        let scale = 20 / Double(max(cropWidth, cropHeight))
        let width = max(1, Int((Double(cropWidth) * scale).rounded())), height = max(1, Int((Double(cropHeight) * scale).rounded()))
        let small = areaResized(crop, width: cropWidth, height: cropHeight, to: width, height)
        guard let digit = centred(small, width: width, height: height) else { throw Uniform() }
        return digit
    }

    /// Otsu's threshold of `histogram` and the mean grey level of the pixels at or below it and above it; nil for
    /// an empty histogram or a single level.
    static func otsu(_ histogram: [Int]) -> (threshold: UInt8, low: Double, high: Double)? {
        let total = histogram.reduce(0, +)
        let sum = histogram.enumerated().reduce(0.0) { $0 + Double($1.offset * $1.element) }
        var (below, belowSum, best, bestLevel) = (0, 0.0, -1.0, -1)
        for level in 0..<255 {
            below += histogram[level]
            belowSum += Double(level * histogram[level])
            let above = total - below
            guard below > 0, above > 0 else { continue }
            let difference = belowSum / Double(below) - (sum - belowSum) / Double(above)
            let between = Double(below) * Double(above) * difference * difference
            if between > best { (best, bestLevel) = (between, level) }
        }
        guard bestLevel >= 0 else { return nil }
        let lowCount = histogram[0...bestLevel].reduce(0, +)
        let lowSum = (0...bestLevel).reduce(0.0) { $0 + Double($1 * histogram[$1]) }
        return (UInt8(bestLevel), lowSum / Double(lowCount), (sum - lowSum) / Double(total - lowCount))
    }

    /// `values` resized by area averaging (each output pixel the mean of the input area it covers, in fractions).
    static func areaResized(_ values: [Float], width: Int, height: Int, to newWidth: Int, _ newHeight: Int) -> [Float] {
        func spans(_ from: Int, _ to: Int) -> [[(Int, Double)]] {
            let step = Double(from) / Double(to)
            return (0..<to).map { index in
                let start = Double(index) * step, end = start + step
                return (Int(start)..<min(from, Int(end.rounded(.up)))).map { source in
                    (source, min(end, Double(source + 1)) - max(start, Double(source)))
                }.filter { $0.1 > 0 }
            }
        }
        let across = spans(width, newWidth), down = spans(height, newHeight)
        var output = [Float](repeating: 0, count: newWidth * newHeight)
        for (y, rows) in down.enumerated() {
            for (x, columns) in across.enumerated() {
                var total = 0.0, weight = 0.0
                for (sy, wy) in rows { for (sx, wx) in columns { total += wy * wx * Double(values[sy * width + sx]); weight += wy * wx } }
                output[y * newWidth + x] = Float(weight > 0 ? total / weight : 0)
            }
        }
        return output
    }

    /// The small picture placed in 28x28 so that its centre of mass falls on (14, 14), cut off at the edges.
    static func centred(_ values: [Float], width: Int, height: Int) -> GreyImage? {
        var mass = 0.0, sumX = 0.0, sumY = 0.0
        for y in 0..<height {
            for x in 0..<width {
                let value = Double(values[y * width + x])
                (mass, sumX, sumY) = (mass + value, sumX + value * (Double(x) + 0.5), sumY + value * (Double(y) + 0.5))
            }
        }
        let centreX = mass > 0 ? sumX / mass : Double(width) / 2, centreY = mass > 0 ? sumY / mass : Double(height) / 2
        let left = Int((14 - centreX).rounded()), top = Int((14 - centreY).rounded())
        var pixels = [UInt8](repeating: 0, count: 28 * 28)
        for y in 0..<height where top + y >= 0 && top + y < 28 {
            for x in 0..<width where left + x >= 0 && left + x < 28 {
                pixels[(top + y) * 28 + left + x] = UInt8(max(0, min(255, values[y * width + x].rounded())))
            }
        }
        return GreyImage(width: 28, height: 28, pixels: pixels)
    }
}
