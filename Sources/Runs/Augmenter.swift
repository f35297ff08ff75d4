import Foundation
import Randomness

/// Seeded on-the-fly augmentation: a random shift and a small random rotation about the centre, with
/// bilinear sampling (pixels from outside the image are background).
public struct Augmenter: Equatable, Sendable, Codable {
    /// The largest shift in pixels, in each direction.
    public var maximumShift: Float
    /// The largest rotation in degrees, either way.
    public var maximumRotation: Float

    public init(maximumShift: Float = TrainingConfiguration.Defaults.shift,
                maximumRotation: Float = TrainingConfiguration.Defaults.rotation) {
        self.maximumShift = maximumShift
        self.maximumRotation = maximumRotation
    }

    /// Writes a randomly moved copy of one image (bytes 0…255) into `target` as floats in [0, 1].
    public func transform(
        _ source: UnsafePointer<UInt8>, rows: Int, columns: Int, into target: UnsafeMutablePointer<Float>,
        generator: inout SeededGenerator
    ) {
        let shiftX = generator.uniformFloat(from: -maximumShift, to: maximumShift)
        let shiftY = generator.uniformFloat(from: -maximumShift, to: maximumShift)
        let angle = generator.uniformFloat(from: -maximumRotation, to: maximumRotation) * .pi / 180
        let (cosine, sine) = (cos(angle), sin(angle))
        let centreX = Float(columns - 1) / 2, centreY = Float(rows - 1) / 2
        for y in 0..<rows {
            for x in 0..<columns {
                // Inverse mapping: where in the source does this output pixel come from?
                let dx = Float(x) - centreX - shiftX, dy = Float(y) - centreY - shiftY
                let sx = cosine * dx + sine * dy + centreX, sy = -sine * dx + cosine * dy + centreY
                target[y * columns + x] = Self.sample(source, rows: rows, columns: columns, x: sx, y: sy)
            }
        }
    }

    private static func sample(_ source: UnsafePointer<UInt8>, rows: Int, columns: Int, x: Float, y: Float) -> Float {
        let x0 = Int(x.rounded(.down)), y0 = Int(y.rounded(.down))
        let fx = x - Float(x0), fy = y - Float(y0)
        func pixel(_ px: Int, _ py: Int) -> Float {
            px >= 0 && px < columns && py >= 0 && py < rows ? Float(source[py * columns + px]) : 0
        }
        let top = pixel(x0, y0) * (1 - fx) + pixel(x0 + 1, y0) * fx
        let bottom = pixel(x0, y0 + 1) * (1 - fx) + pixel(x0 + 1, y0 + 1) * fx
        return (top * (1 - fy) + bottom * fy) / 255
    }
}
