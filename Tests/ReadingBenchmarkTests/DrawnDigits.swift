import Foundation
import IDX
import UserImages

/// A drawn digit did not make a picture (never expected).
struct DrawingFailed: Error {}

/// Digits drawn in code, 28x28 with 0 background and 255 ink as MNIST stores them, so the tests need no dataset.
enum DrawnDigits {
    /// A zero: an upright ring about 20 pixels tall and 14 wide, strokes about 3 pixels wide.
    static func zero() throws -> GreyImage {
        try drawn { x, y in
            let dx = (x - 14) / 7, dy = (y - 14) / 10
            return abs((dx * dx + dy * dy).squareRoot() - 1) * 7 < 1.6
        }
    }

    /// A seven: a bar across the top and a slanted stroke down to the bottom.
    static func seven() throws -> GreyImage {
        try drawn { x, y in
            let bar = y >= 4 && y <= 7 && x >= 7 && x <= 21
            let stroke = y >= 4 && y <= 24 && abs(x - (21 - (y - 4) * 0.45)) < 1.8
            return bar || stroke
        }
    }

    /// A page with no ink at all.
    static func blank() throws -> GreyImage { try drawn { _, _ in false } }

    /// The first digits of a made-up test set: a zero labelled 0, a zero labelled 1 (so a model reading "0" errs),
    /// a blank labelled 0 (refused), a seven labelled 7.
    static func testSet() throws -> (images: ImageSet, labels: [UInt8]) {
        let pictures = [try zero(), try zero(), try blank(), try seven()]
        return (try ImageSet(count: pictures.count, rows: 28, columns: 28, pixels: pictures.flatMap(\.pixels)), [0, 1, 0, 7])
    }

    /// A 28x28 digit whose ink covers the pixels where `ink` holds at their centre, sampled 4x4 a pixel for soft edges.
    static func drawn(_ ink: (Double, Double) -> Bool) throws -> GreyImage {
        var pixels = [UInt8](repeating: 0, count: 28 * 28)
        for y in 0..<28 {
            for x in 0..<28 {
                var covered = 0
                for sy in 0..<4 {
                    for sx in 0..<4 where ink(Double(x) + (Double(sx) + 0.5) / 4, Double(y) + (Double(sy) + 0.5) / 4) { covered += 1 }
                }
                pixels[y * 28 + x] = UInt8(covered * 255 / 16)
            }
        }
        guard let image = GreyImage(width: 28, height: 28, pixels: pixels) else { throw DrawingFailed() }
        return image
    }
}
