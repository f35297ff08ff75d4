import Foundation
import Testing
@testable import UserImages

/// A digit that fills its picture (a scan cropped tight around a digit written in a box), which the usual reading
/// refused as "no digit found", is read as that digit in either polarity, while blank pages stay "no digit found"
/// (issue 22).
@Suite struct FillingDigitTests {
    /// A bold 1 as tall as its 64x64 picture and a third as wide: its strokes are wider than any local background
    /// window, and it covers most of the picture's middle.
    static func boldOne(lightOnDark: Bool) -> GreyImage {
        var page = InkSketch(width: 64, height: 64)
        page.bar(32, top: 2, height: 60, pen: 11)
        let pixels = lightOnDark ? page.image.pixels.map { 255 - $0 } : page.image.pixels
        return GreyImage(unchecked: 64, height: 64, pixels: pixels)
    }

    @Test(arguments: [false, true])
    func aBoldDigitFillingItsPictureIsTheDigit(lightOnDark: Bool) throws {
        let result = try DigitPreprocessor().digit(from: Self.boldOne(lightOnDark: lightOnDark), file: "one.png")
        #expect(result.inverted == !lightOnDark, "dark ink on light paper is inverted, chalk is not")
        #expect(result.inkBox.height >= 60 && (18...28).contains(result.inkBox.width), "\(result.inkBox)")
        let ink = result.digit.pixels.filter { $0 > 128 }.count
        #expect((60...260).contains(ink), "a 1 of MNIST's proportions, not a block or a sliver: \(ink) pixels")
    }

    @Test func blankAndNoisyPagesAreStillNoDigit() throws {
        let blank = GreyImage(unchecked: 64, height: 64, pixels: [UInt8](repeating: 245, count: 64 * 64))
        let error = #expect(throws: ImageError.self) { try DigitPreprocessor().digit(from: blank, file: "blank.png") }
        #expect(error?.kind == .empty)
        var state: UInt64 = 1
        let noisy = (0..<(64 * 64)).map { _ -> UInt8 in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(236 + Int(state >> 60))  // grey 236-251
        }
        let grain = #expect(throws: ImageError.self) {
            try DigitPreprocessor().digit(from: GreyImage(unchecked: 64, height: 64, pixels: noisy), file: "grain.png")
        }
        #expect(grain?.kind == .empty)
    }
}
