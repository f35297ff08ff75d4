import Foundation
import Testing
@testable import UserImages

/// A sheet of paper photographed on a desk: the desk may cover most of the frame, and a shadow's edge may cross the
/// sheet; neither is ink.
@Suite struct SheetOnADeskTests {
    /// A 300x200 photo: `shade` gives each pixel's grey from its place and the ink (0…1) of a 7 drawn `side` pixels
    /// wide with a pen of `pen` pixels, its frame's top left corner at (`left`, `top`).
    static func photo(left: Int, top: Int, side: Int, pen: Double, _ shade: (Int, Int, Double) -> Double) -> GreyImage {
        PhotoPreprocessingTests.sevenPhoto(width: 300, height: 200, left: left, top: top, side: side, pen: pen, shade)
    }

    /// A small white sheet (a fifth of the frame) at the right of a dark, striped desk, a 7 on it.
    static let smallSheet = photo(left: 190, top: 60, side: 90, pen: 8) { x, y, ink in
        let onSheet = (180..<290).contains(x) && (50..<160).contains(y)
        return onSheet ? 230 - 200 * ink : 60 + 6 * sin(2 * .pi * Double(y) / 12)
    }

    /// A grey sheet on a lighter desk; the edge of a shadow runs at a shallow angle below the 7, so that the
    /// shadowed part of the sheet narrows to a thin wedge beside the digit.
    static let shadowWedge = photo(left: 70, top: 25, side: 80, pen: 8) { x, y, ink in
        let onSheet = (40..<260).contains(x) && (30..<170).contains(y)
        let lit = onSheet ? 170 - 140 * ink : 235
        // Below the line from (30, 165) to (270, 55) lies the shadow, 60% of the light, its edge 8 pixels soft.
        let (normalX, normalY) = (110.0 / 240, 1.0)
        let distance = (Double(x - 30) * normalX + Double(y - 165) * normalY) / hypot(normalX, normalY)
        let t = max(0, min(1, distance / 8 + 0.5))
        return lit * (1 - 0.4 * t * t * (3 - 2 * t))
    }

    @Test func theDigitsStrokesDecideThePolarityNotTheDesksArea() {
        // The desk is most of the picture and of its middle: the larger part is dark, yet the ink is dark.
        #expect(!InkMap.largerPartIsLight(Self.smallSheet))
        let strokes = StrokePairs(Self.smallSheet)
        #expect(strokes.darkInk.verdict && strokes.darkInk.clear, "dark \(strokes.dark), light \(strokes.light)")
        #expect(InkMap.inkIsDark(Self.smallSheet))
    }

    @Test func chalkOnABoardIsLightInk() {
        let board = Self.photo(left: 100, top: 40, side: 120, pen: 10) { _, y, ink in 50 + 150 * ink + 5 * sin(Double(y) / 9) }
        let strokes = StrokePairs(board)
        #expect(!strokes.darkInk.verdict && strokes.darkInk.clear, "dark \(strokes.dark), light \(strokes.light)")
        #expect(!InkMap.inkIsDark(board))
    }

    @Test func aDigitOnASmallSheetIsReadNotTheSheet() throws {
        let result = try DigitPreprocessor().digit(from: Self.smallSheet, file: "desk.png")
        #expect(result.inverted)
        // The 7's ink lies within x 203...258, y 75...136 of the photo (its frame starts at 190, 60).
        let box = result.inkBox
        #expect(box.x >= 200 && box.x + box.width <= 262 && box.y >= 72 && box.y + box.height <= 140, "ink box \(box)")
    }

    @Test func aShadowsThinWedgeIsNoInk() throws {
        let result = try DigitPreprocessor().digit(from: Self.shadowWedge, file: "shadow.png")
        #expect(result.inverted)
        // The 7's ink lies within x 90...131, y 38...93; the wedge runs below it, from the sheet's left edge.
        let box = result.inkBox
        #expect(box.x >= 86 && box.x + box.width <= 136 && box.y >= 34 && box.y + box.height <= 98, "ink box \(box)")
    }

    @Test func reconstructionKeepsAThinPartOfALargeRegionAndDropsASeparateStroke() {
        // A bright 20x20 block with a one-pixel-wide tail to its right, and a separate bright stroke below.
        let (width, height) = (40, 40)
        var mask = [Float](repeating: 10, count: width * height)
        for y in 2..<22 { for x in 2..<22 { mask[y * width + x] = 200 } }
        for x in 22..<38 { mask[10 * width + x] = 200 }
        for x in 5..<35 { mask[30 * width + x] = 200 }
        let eroded = GreyMorphology.filter(mask, width: width, height: height, radius: 3, keep: min)
        let rebuilt = GreyReconstruction.byDilation(marker: eroded, mask: mask, width: width, height: height)
        #expect(rebuilt[10 * width + 37] == 200, "the tail is part of the block")
        #expect(rebuilt[30 * width + 20] == 10, "the stroke is not")
        #expect(rebuilt[5 * width + 5] == 200 && rebuilt[35 * width + 35] == 10)
    }
}
