import Foundation
import Testing
@testable import UserImages

/// A shadow over part of a small sheet of paper: a region darker than the paper all round it, too narrow for the
/// background's window, is ground and not the digit; a digit written inside it keeps its ink.
@Suite struct ShadedRegionsTests {
    /// The box that the 7 of `PhotoPreprocessingTests.sevenPhoto` covers, `slack` pixels wider on every side.
    static func sevenBox(left: Int, top: Int, side: Int, pen: Double, slack: Int) -> (x: ClosedRange<Int>, y: ClosedRange<Int>) {
        let s = Double(side), half = pen / 2
        let x0 = left + Int(0.3 * s - half) - slack, x1 = left + Int((0.72 * s + half).rounded(.up)) + slack
        let y0 = top + Int(0.22 * s - half) - slack, y1 = top + Int((0.8 * s + half).rounded(.up)) + slack
        return (x0...x1, y0...y1)
    }

    /// Whether `box` (x, y, width, height) is the 7's box within `slack` pixels on every side: inside `bounds` (the
    /// 7's box grown by `slack`) and holding the 7's box shrunk by `slack` (no stroke lost).
    static func holds(_ bounds: (x: ClosedRange<Int>, y: ClosedRange<Int>), _ box: (x: Int, y: Int, width: Int, height: Int),
                      slack: Int = 3) -> Bool {
        let (right, bottom) = (box.x + box.width - 1, box.y + box.height - 1)
        return bounds.x.contains(box.x) && bounds.x.contains(right) && bounds.y.contains(box.y) && bounds.y.contains(bottom)
            && box.x <= bounds.x.lowerBound + 2 * slack && right >= bounds.x.upperBound - 2 * slack
            && box.y <= bounds.y.lowerBound + 2 * slack && bottom >= bounds.y.upperBound - 2 * slack
    }

    /// A grey sheet (150) in the middle of a lighter desk (235); a shadow at 60% of the light covers the sheet's
    /// lower right corner beyond the line x + y = 320, a triangle 90 pixels a side, larger than the small 7 at the
    /// upper left and nearer the middle.
    static let shadedCorner = PhotoPreprocessingTests.sevenPhoto(width: 300, height: 200, left: 70, top: 40, side: 60,
                                                                 pen: 6) { x, y, ink in
        let onSheet = (60..<240).contains(x) && (30..<170).contains(y)
        let lit = onSheet ? 150 - 125 * ink : 235
        return x + y > 320 ? lit * 0.6 : lit
    }

    @Test func aShadedCornerOfTheSheetIsGroundNotTheDigit() throws {
        let result = try DigitPreprocessor().digit(from: Self.shadedCorner, file: "corner.png")
        #expect(result.inverted)
        let bounds = Self.sevenBox(left: 70, top: 40, side: 60, pen: 6, slack: 3)
        #expect(Self.holds(bounds, result.inkBox, slack: 3), "ink box \(result.inkBox), the 7 within \(bounds)")
    }

    /// The strength of `shadedCorner` against the paper's level, as the background would give it: the corner 40% of
    /// the paper's 150, the 7's strokes 125 (blurred by a 5x5 box, as a photo's soft edges are).
    static func cornerStrength() -> [Float] {
        let raw = Self.shadedCorner.pixels.indices.map { index -> Float in
            let (x, y) = (index % 300, index / 300)
            let onSheet = (60..<240).contains(x) && (30..<170).contains(y)
            return onSheet ? max(0, 150 - Float(Self.shadedCorner.pixels[index])) : 0
        }
        return BoxBlur.apply(raw, width: 300, height: 200, radius: 2)
    }

    @Test func theShadedCornerIsLiftedAndTheSevenKept() throws {
        let strength = Self.cornerStrength()
        let lifted = try #require(ShadedRegions.lifted(strength: strength, smoothed: strength, threshold: 20, width: 300, height: 200))
        let corner = strength.indices.filter { ($0 % 300) + ($0 / 300) > 330 && ($0 % 300) < 235 && ($0 / 300) < 165 }
        #expect(corner.allSatisfy { lifted[$0] < 20 }, "ink left in the shaded corner")
        // The 7's strokes keep their strength: at most the corner's level (60) was taken from any pixel.
        let strokes = strength.indices.filter { strength[$0] >= 100 }
        #expect(!strokes.isEmpty && strokes.allSatisfy { lifted[$0] == strength[$0] }, "the 7, away from the corner, is untouched")
    }

    @Test func aDigitInsideAShadedBandKeepsItsInk() throws {
        // A band of shadow 76 pixels tall across a 400x300 photo's sheet (narrower than the background's window of
        // 85), a 7 written inside it.
        let image = PhotoPreprocessingTests.sevenPhoto(width: 400, height: 300, left: 170, top: 132, side: 64, pen: 6) { x, y, ink in
            let onSheet = (60..<340).contains(x) && (40..<260).contains(y)
            let lit = onSheet ? 160 - 135 * ink : 240
            return (130..<206).contains(y) ? lit * 0.62 : lit
        }
        let result = try DigitPreprocessor().digit(from: image, file: "band.png")
        let bounds = Self.sevenBox(left: 170, top: 132, side: 64, pen: 6, slack: 3)
        #expect(Self.holds(bounds, result.inkBox, slack: 3), "ink box \(result.inkBox), the 7 within \(bounds)")
    }

    @Test func strokesAloneAreNoShadedRegion() {
        // A 7 with a fine pen and a bold one, its edges softened as a photo's are: the soft rim around a stroke is
        // weaker than its middle, but no wider than a stroke, so nothing is lifted.
        for pen in [3.0, 14.0] {
            let seven = PhotoPreprocessingTests.seven(side: 160, pen: pen).map { Float($0) * 200 }
            var strength = [Float](repeating: 0, count: 240 * 240)
            for index in seven.indices { strength[(40 + index / 160) * 240 + 40 + index % 160] = seven[index] }
            let soft = BoxBlur.apply(strength, width: 240, height: 240, radius: 2)
            #expect(ShadedRegions.lifted(strength: soft, smoothed: soft, threshold: 20, width: 240, height: 240) == nil, "pen \(pen)")
        }
    }

    @Test func chamferDistanceIsAtMostEightPointThreePercentLongerThanTheEuclidean() {
        // A disc of radius 20 and a notch cut into it: each pixel's distance to the nearest pixel outside.
        let (width, height) = (50, 50)
        let mask = (0..<(width * height)).map { index -> Bool in
            let (x, y) = (Double(index % width) - 25, Double(index / width) - 25)
            return hypot(x, y) <= 20 && !(x > 5 && abs(y) < 3)
        }
        let distance = ChamferDistance.of(mask, width: width, height: height)
        let outside = mask.indices.filter { !mask[$0] }
        for index in mask.indices where mask[index] {
            let exact = outside.map { hypot(Double($0 % width - index % width), Double($0 / width - index / width)) }.min() ?? 0
            let chamfer = Double(distance[index])
            #expect(chamfer >= exact - 1e-6 && chamfer <= 1.083 * exact + 1e-6, "pixel \(index): \(chamfer) vs \(exact)")
        }
        #expect(distance.indices.allSatisfy { mask[$0] || distance[$0] == 0 })
    }
}
