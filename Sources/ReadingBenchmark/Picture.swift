import Foundation
import Randomness
import UserImages

/// A colour: red, green and blue from 0 to 255.
struct RGB: Sendable, Equatable {
    var red: Float
    var green: Float
    var blue: Float

    init(_ red: Float, _ green: Float, _ blue: Float) {
        (self.red, self.green, self.blue) = (red, green, blue)
    }

    init(grey: Float) { self.init(grey, grey, grey) }

    /// Rec. 601 luma, as the decoders turn colour into grey.
    var luma: Float { 0.299 * red + 0.587 * green + 0.114 * blue }

    func scaled(_ factor: Float) -> RGB { RGB(red * factor, green * factor, blue * factor) }
}

/// A picture being made, in floating-point RGB (0…255 a channel, interleaved), before it is stored in a file.
struct Picture: Sendable {
    let width: Int
    let height: Int
    var samples: [Float]

    /// A picture whose every pixel is `colour(x, y)`.
    init(width: Int, height: Int, colour: (Int, Int) -> RGB) {
        self.width = width
        self.height = height
        var samples = [Float](repeating: 0, count: width * height * 3)
        for y in 0..<height {
            for x in 0..<width {
                let value = colour(x, y), index = 3 * (y * width + x)
                (samples[index], samples[index + 1], samples[index + 2]) = (value.red, value.green, value.blue)
            }
        }
        self.samples = samples
    }

    /// A picture of one colour.
    init(width: Int, height: Int, fill: RGB) {
        self.init(width: width, height: height) { _, _ in fill }
    }

    /// Lays `ink` with its top-left corner at (`left`, `top`): each pixel moves towards `pen` by the ink's amount
    /// times `opacity`. Ink outside the picture is cut off.
    mutating func draw(_ ink: InkLayer, left: Int, top: Int, pen: RGB, opacity: Float = 1) {
        for y in 0..<ink.height where top + y >= 0 && top + y < height {
            for x in 0..<ink.width where left + x >= 0 && left + x < width {
                let amount = ink[x, y] * opacity
                guard amount > 0 else { continue }
                let index = 3 * ((top + y) * width + left + x)
                samples[index] += (pen.red - samples[index]) * amount
                samples[index + 1] += (pen.green - samples[index + 1]) * amount
                samples[index + 2] += (pen.blue - samples[index + 2]) * amount
            }
        }
    }

    /// Each pixel's light multiplied by `factor(x, y)` (shadows, light falling off).
    mutating func light(_ factor: (Int, Int) -> Float) {
        for y in 0..<height {
            for x in 0..<width {
                let value = factor(x, y), index = 3 * (y * width + x)
                for c in 0..<3 { samples[index + c] *= value }
            }
        }
    }

    /// Each pixel moved towards white by `amount(x, y)` (glare).
    mutating func brighten(_ amount: (Int, Int) -> Float) {
        for y in 0..<height {
            for x in 0..<width {
                let value = amount(x, y), index = 3 * (y * width + x)
                for c in 0..<3 { samples[index + c] += (255 - samples[index + c]) * value }
            }
        }
    }

    /// Grey sensor noise of standard deviation `sigma`, the same on the three channels of a pixel.
    mutating func addNoise(sigma: Float, generator: inout SeededGenerator) {
        guard sigma > 0 else { return }
        for pixel in 0..<(width * height) {
            let noise = sigma * Float(Self.gaussian(&generator))
            for c in 0..<3 { samples[3 * pixel + c] += noise }
        }
    }

    /// The picture blurred with standard deviation `sigma` pixels (a lens out of focus, a shaking hand).
    func blurred(sigma: Double) -> Picture {
        var copy = self
        copy.samples = GaussianBlur.apply(samples, width: width, height: height, channels: 3, sigma: sigma)
        return copy
    }

    /// The samples as bytes, rounded and clamped: three a pixel.
    var rgbBytes: [UInt8] { samples.map(Self.byte) }

    /// Grey bytes (Rec. 601 luma), one a pixel.
    var greyBytes: [UInt8] {
        (0..<(width * height)).map { Self.byte(RGB(samples[3 * $0], samples[3 * $0 + 1], samples[3 * $0 + 2]).luma) }
    }

    static func byte(_ value: Float) -> UInt8 { UInt8(max(0, min(255, value.isFinite ? value.rounded() : 0))) }

    /// A standard normal number (Box-Muller) from the generator alone.
    static func gaussian(_ generator: inout SeededGenerator) -> Double {
        let u = max(1e-12, generator.uniformDouble()), v = generator.uniformDouble()
        return (-2 * log(u)).squareRoot() * cos(2 * .pi * v)
    }
}
