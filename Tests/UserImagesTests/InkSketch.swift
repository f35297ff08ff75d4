@testable import UserImages

/// A white page on which tests draw digits with a thick dark pen: bars, rings and strokes at chosen places.
struct InkSketch {
    let width: Int, height: Int
    private(set) var pixels: [UInt8]

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
        pixels = [UInt8](repeating: 245, count: width * height)
    }

    var image: GreyImage { GreyImage(unchecked: width, height: height, pixels: pixels) }

    /// Ink on every pixel within `pen` of the segment from (x0, y0) to (x1, y1).
    mutating func line(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double, pen: Double = 3) {
        let length = max(1, ((x1 - x0) * (x1 - x0) + (y1 - y0) * (y1 - y0)).squareRoot())
        for step in 0...Int(length * 2) {
            let t = Double(step) / (length * 2)
            dot(x0 + (x1 - x0) * t, y0 + (y1 - y0) * t, radius: pen)
        }
    }

    /// A filled disc of ink (the part of it on the page).
    mutating func dot(_ cx: Double, _ cy: Double, radius: Double) {
        let (top, bottom) = (max(0, Int(cy - radius)), min(height - 1, Int(cy + radius)))
        let (left, right) = (max(0, Int(cx - radius)), min(width - 1, Int(cx + radius)))
        guard top <= bottom, left <= right else { return }  // off the page
        for y in top...bottom {
            for x in left...right
            where (Double(x) - cx) * (Double(x) - cx) + (Double(y) - cy) * (Double(y) - cy) <= radius * radius {
                pixels[y * width + x] = 20
            }
        }
    }

    /// An upright ellipse of ink (a 0) centred at (cx, cy).
    mutating func ring(_ cx: Double, _ cy: Double, rx: Double, ry: Double, pen: Double = 3) {
        for step in 0..<180 {
            let angle = Double(step) / 180 * 2 * .pi
            dot(cx + rx * cos(angle), cy + ry * sin(angle), radius: pen)
        }
    }

    /// A printed line of grey `level` under the ink, `thickness` pixels wide: across rows `y` (horizontal) or down
    /// columns `x` (vertical), from `start` to `end` along it (the whole page by default).
    mutating func printedLine(horizontal: Bool, at position: Int, level: UInt8, thickness: Int = 2, start: Int = 0, end: Int? = nil) {
        for offset in 0..<thickness {
            for along in start..<min(end ?? Int.max, horizontal ? width : height) {
                let (x, y) = horizontal ? (along, position + offset) : (position + offset, along)
                guard x >= 0, y >= 0, x < width, y < height else { continue }
                pixels[y * width + x] = min(pixels[y * width + x], level)
            }
        }
    }

    /// Paper of grey `level` at (x, y), under any ink drawn later.
    mutating func shade(_ x: Int, _ y: Int, to level: UInt8) {
        pixels[y * width + x] = level
    }

    /// A 1: a vertical bar of `height` with its top at (x, top).
    mutating func bar(_ x: Double, top: Double, height: Double, pen: Double = 3) {
        line(x, top, x, top + height, pen: pen)
    }
}

import Foundation
