import Foundation
import IDX
import Randomness
import UserImages

/// A benchmark strip: MNIST test digits in a row on paper-like ground, and what it says.
public struct DigitStrip: Sendable {
    public let image: GreyImage
    public let truth: [Int]
    /// Whether one pair of neighbours touches or overlaps.
    public let touching: Bool
    /// The MNIST test indices of its digits, left to right.
    public let sources: [Int]
}

/// Makes strips of 3 to 8 MNIST test digits, each scaled (0.85 to 1.15 of twice MNIST's size) and slanted (shear up to
/// 0.3) on its own, separated by random gaps of 3 to 12 pixels, or, in a touching strip, with one pair of neighbours
/// 0 to 3 pixels into each other; the ground is paper with a lighting gradient and noise. Deterministic from the
/// generator passed in.
public struct DigitStripMaker: Sendable {
    public let images: ImageSet
    public let labels: [UInt8]

    public init(images: ImageSet, labels: [UInt8]) {
        self.images = images
        self.labels = labels
    }

    /// A strip, or nil only if its picture could not be made (never for MNIST-sized digits).
    public func strip(touching: Bool, generator: inout SeededGenerator) -> DigitStrip? {
        let count = generator.uniformInteger(in: 3..<9)
        let touchingPair = touching ? generator.uniformInteger(in: 0..<(count - 1)) : -1
        var tiles: [(ink: [Float], width: Int, height: Int, left: Int, right: Int, dy: Int)] = []
        var sources: [Int] = []
        for _ in 0..<count {
            let index = generator.uniformInteger(in: 0..<images.count)
            sources.append(index)
            let scale = 2 * Double(generator.uniformFloat(from: 0.85, to: 1.15))
            let shear = Double(generator.uniformFloat(from: -0.3, to: 0.3))
            let tile = Self.transformed(images.image(at: index), side: images.columns, scale: scale, shear: shear)
            tiles.append((tile.ink, tile.width, tile.height, tile.left, tile.right, generator.uniformInteger(in: -3..<4)))
        }
        // Place each tile so that its ink starts `gap` columns after the previous tile's ink ends.
        var offsets: [Int] = [], cursor = 12
        for (position, tile) in tiles.enumerated() {
            if position > 0 {
                let gap = position - 1 == touchingPair ? -generator.uniformInteger(in: 0..<4) : generator.uniformInteger(in: 3..<13)
                cursor += gap
            }
            offsets.append(cursor - tile.left)
            cursor += tile.right - tile.left + 1
        }
        let width = cursor + 12, height = (tiles.map(\.height).max() ?? 56) + 24
        var ink = [Float](repeating: 0, count: width * height)
        for (tile, offset) in zip(tiles, offsets) {
            let top = (height - tile.height) / 2 + tile.dy
            for y in 0..<tile.height where top + y >= 0 && top + y < height {
                for x in 0..<tile.width where offset + x >= 0 && offset + x < width {
                    let target = (top + y) * width + offset + x
                    ink[target] = max(ink[target], tile.ink[y * tile.width + x])
                }
            }
        }
        guard let image = Paper.render(ink: ink, width: width, height: height, generator: &generator) else { return nil }
        return DigitStrip(image: image, truth: sources.map { Int(labels[$0]) }, touching: touching, sources: sources)
    }

    /// An MNIST digit (0…255 ink) scaled and sheared about its centre, with bilinear sampling; the columns of its ink.
    static func transformed(_ pixels: ArraySlice<UInt8>, side: Int, scale: Double, shear: Double)
        -> (ink: [Float], width: Int, height: Int, left: Int, right: Int) {
        let source = Array(pixels)
        let height = Int((Double(side) * scale).rounded()), width = Int((Double(side) * scale * (1 + abs(shear))).rounded())
        var ink = [Float](repeating: 0, count: width * height)
        let centreX = Double(width) / 2, centreY = Double(height) / 2
        var left = width, right = -1
        for y in 0..<height {
            for x in 0..<width {
                // Inverse map: undo the shear, then the scale.
                let sx = ((Double(x) - centreX) - shear * (Double(y) - centreY)) / scale + Double(side) / 2 - 0.5
                let sy = (Double(y) - centreY) / scale + Double(side) / 2 - 0.5
                let value = bilinear(source, side: side, x: sx, y: sy)
                ink[y * width + x] = value
                if value > 0.1 { left = min(left, x); right = max(right, x) }
            }
        }
        return (ink, width, height, right < 0 ? 0 : left, right < 0 ? width - 1 : right)
    }

    static func bilinear(_ pixels: [UInt8], side: Int, x: Double, y: Double) -> Float {
        let x0 = Int(floor(x)), y0 = Int(floor(y))
        let fx = Float(x - Double(x0)), fy = Float(y - Double(y0))
        func at(_ px: Int, _ py: Int) -> Float {
            guard px >= 0, py >= 0, px < side, py < side else { return 0 }
            return Float(pixels[py * side + px]) / 255
        }
        let top = at(x0, y0) * (1 - fx) + at(x0 + 1, y0) * fx
        let bottom = at(x0, y0 + 1) * (1 - fx) + at(x0 + 1, y0 + 1) * fx
        return top * (1 - fy) + bottom * fy
    }
}

/// Paper-like ground: light grey with a gradient across the strip and Gaussian noise, the ink darkening it.
enum Paper {
    static func render(ink: [Float], width: Int, height: Int, generator: inout SeededGenerator) -> GreyImage? {
        let base = Double(generator.uniformFloat(from: 215, to: 240)), tilt = Double(generator.uniformFloat(from: -12, to: 12))
        let darkest = Double(generator.uniformFloat(from: 20, to: 70))
        var pixels = [UInt8](repeating: 0, count: width * height)
        for y in 0..<height {
            for x in 0..<width {
                let paper = base + tilt * (Double(x) / Double(max(1, width)) - 0.5) + 5 * gaussian(&generator)
                let value = paper - Double(ink[y * width + x]) * (paper - darkest)
                pixels[y * width + x] = UInt8(max(0, min(255, value.rounded())))
            }
        }
        return GreyImage(width: width, height: height, pixels: pixels)
    }

    /// A standard normal number (Box-Muller).
    static func gaussian(_ generator: inout SeededGenerator) -> Double {
        let u = max(1e-12, generator.uniformDouble()), v = generator.uniformDouble()
        return (-2 * log(u)).squareRoot() * cos(2 * .pi * v)
    }
}
