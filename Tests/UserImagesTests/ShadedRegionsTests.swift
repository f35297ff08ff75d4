import Foundation
import Testing
@testable import UserImages

/// A shadow over part of a small sheet of paper: a region darker than the paper all round it, too narrow for the
/// background's window, is ground and not the digit; a digit written inside it keeps its ink.
@Suite struct ShadedRegionsTests {
    /// A `width` x `height` photo of a 7 `side` pixels wide (pen `pen`) with its frame's top left corner at
    /// (`left`, `top`); `shade` gives each pixel's grey from its place and the 7's ink there (0…1).
    static func photo(width: Int, height: Int, left: Int, top: Int, side: Int, pen: Double,
                      _ shade: (Int, Int, Double) -> Double) -> GreyImage {
        let seven = PhotoPreprocessingTests.seven(side: side, pen: pen)
        let pixels = (0..<(width * height)).map { index -> UInt8 in
            let (x, y) = (index % width, index / width)
            let inside = (left..<(left + side)).contains(x) && (top..<(top + side)).contains(y)
            let ink = inside ? seven[(y - top) * side + x - left] : 0
            return UInt8(max(0, min(255, shade(x, y, ink).rounded())))
        }
        return GreyImage(unchecked: width, height: height, pixels: pixels)
    }

    /// The box that the 7 of `photo` covers, `slack` pixels wider on every side.
    static func sevenBox(left: Int, top: Int, side: Int, pen: Double, slack: Int) -> (x: ClosedRange<Int>, y: ClosedRange<Int>) {
        let s = Double(side), half = pen / 2
        let x0 = left + Int(0.3 * s - half) - slack, x1 = left + Int((0.72 * s + half).rounded(.up)) + slack
        let y0 = top + Int(0.22 * s - half) - slack, y1 = top + Int((0.8 * s + half).rounded(.up)) + slack
        return (x0...x1, y0...y1)
    }

    /// Whether `box` (x, y, width, height) lies within `bounds`.
    static func holds(_ bounds: (x: ClosedRange<Int>, y: ClosedRange<Int>), _ box: (x: Int, y: Int, width: Int, height: Int)) -> Bool {
        bounds.x.contains(box.x) && bounds.x.contains(box.x + box.width - 1)
            && bounds.y.contains(box.y) && bounds.y.contains(box.y + box.height - 1)
    }

    /// A grey sheet (150) in the middle of a lighter desk (235); a shadow at 60% of the light covers the sheet's
    /// lower right corner beyond the line x + y = 320, a triangle 90 pixels a side, larger than the small 7 at the
    /// upper left and nearer the middle.
    static let shadedCorner = photo(width: 300, height: 200, left: 70, top: 40, side: 60, pen: 6) { x, y, ink in
        let onSheet = (60..<240).contains(x) && (30..<170).contains(y)
        let lit = onSheet ? 150 - 125 * ink : 235
        return x + y > 320 ? lit * 0.6 : lit
    }

    @Test func aShadedCornerOfTheSheetIsGroundNotTheDigit() throws {
        let result = try DigitPreprocessor().digit(from: Self.shadedCorner, file: "corner.png")
        #expect(result.inverted)
        let bounds = Self.sevenBox(left: 70, top: 40, side: 60, pen: 6, slack: 3)
        #expect(Self.holds(bounds, result.inkBox), "ink box \(result.inkBox), the 7 within \(bounds)")
    }

    @Test func theShadedCornerIsFoundAndLifted() throws {
        // The ink map's own pass found the corner: no ink is left in it, and none is left to lift.
        let map = InkMap(Self.shadedCorner, darkInk: true)
        let inCorner = (0..<(300 * 200)).filter { ($0 % 300) + ($0 / 300) > 330 && ($0 % 300) < 235 && ($0 / 300) < 165 }
        #expect(inCorner.allSatisfy { map.smoothed[$0] < map.threshold }, "ink left in the shaded corner")
        #expect(ShadedRegions.lifted(strength: map.strength, smoothed: map.smoothed, threshold: map.threshold,
                                     width: 300, height: 200) == nil)
    }

    @Test func aDigitInsideAShadedBandKeepsItsInk() throws {
        // A band of shadow 76 pixels tall across a 400x300 photo's sheet (narrower than the background's window of
        // 85), a 7 written inside it.
        let image = Self.photo(width: 400, height: 300, left: 170, top: 132, side: 64, pen: 6) { x, y, ink in
            let onSheet = (60..<340).contains(x) && (40..<260).contains(y)
            let lit = onSheet ? 160 - 135 * ink : 240
            return (130..<206).contains(y) ? lit * 0.62 : lit
        }
        let result = try DigitPreprocessor().digit(from: image, file: "band.png")
        let bounds = Self.sevenBox(left: 170, top: 132, side: 64, pen: 6, slack: 3)
        #expect(Self.holds(bounds, result.inkBox), "ink box \(result.inkBox), the 7 within \(bounds)")
    }

    @Test func strokesAloneAreNoShadedRegion() {
        // A plain 7 with a fine pen and a bold one: the rim around a stroke is not wide enough to be a region.
        for pen in [3.0, 14.0] {
            let image = Self.photo(width: 240, height: 240, left: 40, top: 40, side: 160, pen: pen) { _, _, ink in 235 - 200 * ink }
            let map = InkMap(image, darkInk: true)
            #expect(ShadedRegions.lifted(strength: map.strength, smoothed: map.smoothed, threshold: map.threshold,
                                         width: 240, height: 240) == nil, "pen \(pen)")
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
