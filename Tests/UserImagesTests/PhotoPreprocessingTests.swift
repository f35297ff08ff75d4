import Foundation
import TestSupport
import Testing
@testable import UserImages

/// Pictures of a digit as phones and scanners take them, drawn in code, each read as the clean drawing is.
@Suite struct PhotoPreprocessingTests {
    /// How much ink (0…1) a pen of `pen` pixels leaves at each pixel of a `side`-pixel square when drawing a 7 across
    /// its middle two thirds.
    static func seven(side: Int, pen: Double) -> [Double] {
        let s = Double(side)
        let strokes = [((0.3 * s, 0.22 * s), (0.72 * s, 0.22 * s)), ((0.72 * s, 0.22 * s), (0.42 * s, 0.8 * s))]
        return (0..<(side * side)).map { index in
            let (px, py) = (Double(index % side) + 0.5, Double(index / side) + 0.5)
            let distance = strokes.map { segment in
                let ((ax, ay), (bx, by)) = segment
                let t = max(0, min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) * (bx - ax) + (by - ay) * (by - ay))))
                return hypot(px - ax - t * (bx - ax), py - ay - t * (by - ay))
            }.min() ?? .infinity
            return max(0, min(1, pen / 2 + 0.5 - distance))
        }
    }

    /// A `width` x `height` photo of a 7 `side` pixels wide (pen `pen`) with its frame's top left corner at
    /// (`left`, `top`); `shade` gives each pixel's grey from its place and the 7's ink there (0…1).
    static func sevenPhoto(width: Int, height: Int, left: Int, top: Int, side: Int, pen: Double,
                           _ shade: (Int, Int, Double) -> Double) -> GreyImage {
        let seven = seven(side: side, pen: pen)
        let pixels = (0..<(width * height)).map { index -> UInt8 in
            let (x, y) = (index % width, index / width)
            let inside = (left..<(left + side)).contains(x) && (top..<(top + side)).contains(y)
            let ink = inside ? seven[(y - top) * side + x - left] : 0
            return UInt8(max(0, min(255, shade(x, y, ink).rounded())))
        }
        return GreyImage(unchecked: width, height: height, pixels: pixels)
    }

    /// A grey picture from a function of the pixel and its ink amount.
    static func picture(side: Int, pen: Double = 16, _ shade: (Int, Int, Double) -> Double) -> GreyImage {
        let ink = seven(side: side, pen: pen)
        let pixels = (0..<(side * side)).map { UInt8(max(0, min(255, shade($0 % side, $0 / side, ink[$0]).rounded()))) }
        return GreyImage(width: side, height: side, pixels: pixels)!
    }

    static let clean = picture(side: 240) { _, _, ink in 245 - 225 * ink }

    /// The share of the two digits' ink that they have in common (intersection over union of pixels above 64).
    static func overlap(_ a: GreyImage, _ b: GreyImage) -> Double {
        let both = zip(a.pixels, b.pixels).filter { $0 > 64 && $1 > 64 }.count
        let either = zip(a.pixels, b.pixels).filter { $0 > 64 || $1 > 64 }.count
        return Double(both) / Double(max(1, either))
    }

    func read(_ image: GreyImage) throws -> DigitPreprocessor.Result {
        try DigitPreprocessor().digit(from: image, file: "photo.png")
    }

    @Test func paperOnADarkerDesk() throws {
        // The sheet covers the middle 70% of the frame; the border, where the old method looked for paper, is desk.
        let photo = Self.picture(side: 240) { x, y, ink in
            let onPaper = (36..<204).contains(x) && (36..<204).contains(y)
            return onPaper ? 240 - 220 * ink : 90 + Double((x * 7 + y * 13) % 11)
        }
        let result = try read(photo)
        #expect(result.inverted)
        #expect(Self.overlap(result.digit, try read(Self.clean).digit) > 0.75)
    }

    @Test(arguments: [0.35, 0.6])
    func aLightingGradient(darkest: Double) throws {
        let photo = Self.picture(side: 240) { x, y, ink in (245 - 225 * ink) * (1 - (1 - darkest) * Double(x + y) / 480) }
        #expect(Self.overlap(try read(photo).digit, try read(Self.clean).digit) > 0.75)
    }

    @Test func aNoisyBackground() throws {
        var generator = SplitMixForTests(seed: 9)
        let photo = Self.picture(side: 240) { _, _, ink in
            let noise = Double(generator.next() % 1_000) / 1_000 * 100 - 50
            return 200 - 180 * ink + noise
        }
        let result = try read(photo)
        #expect(Self.overlap(result.digit, try read(Self.clean).digit) > 0.6)
        #expect(result.digit.pixels.filter { $0 > 64 }.count < 260, "the noise is not read as ink")
    }

    @Test func aFinePenKeepsMNISTsStrokeWeight() throws {
        let thin = Self.picture(side: 400, pen: 2) { _, _, ink in 245 - 225 * ink }
        let result = try read(thin)
        let mass = result.digit.pixels.reduce(0) { $0 + Double($1) / 255 }
        #expect(mass > 50, "MNIST's digits hold 61 to 149 pixels' worth of ink; a 2-pixel pen must not fade away")
        #expect(Self.overlap(result.digit, try read(Self.clean).digit) > 0.5)
    }

    @Test func greyPaperWithAFaintPencil() throws {
        // Grey levels from about 30 (pencil) to 140 (paper), as three legible pen digits refused by 0.2.0 were.
        let photo = Self.picture(side: 240) { x, _, ink in 140 - 110 * ink - Double(x % 3) }
        #expect(Self.overlap(try read(photo).digit, try read(Self.clean).digit) > 0.75)
    }

    @Test func aSpeckOnABlankPageIsNoDigit() {
        var pixels = [UInt8](repeating: 250, count: 300 * 300)
        for y in 150..<153 { for x in 150..<153 { pixels[y * 300 + x] = 10 } }
        let error = #expect(throws: ImageError.self) { try read(GreyImage(width: 300, height: 300, pixels: pixels)!) }
        #expect(error?.kind == .empty)
        #expect(error?.detail.contains("too small to be a digit") == true)
    }

    @Test func inkTooFaintToBeADigit() {
        let faint = Self.picture(side: 200) { _, _, ink in 200 - 12 * ink }
        let error = #expect(throws: ImageError.self) { try read(faint) }
        #expect(error?.kind == .empty)
    }

    @Test func warnsWhenInkCoversTheFrameOrTheDigitTouchesItsEdge() throws {
        // A 7 on a dense pattern of dots as dark as the pen, reaching every edge (printed lines across the page would
        // be taken out: `PrintedLinesTests`).
        let dotted = Self.picture(side: 240) { x, y, ink in x % 8 < 5 && y % 8 < 5 ? 20 : 245 - 225 * ink }
        let warnings = try read(dotted).warnings
        #expect(warnings.contains { $0.hasPrefix("ink covers") }, "\(warnings)")
        // The same 7 cut by the picture's right edge.
        let cut = try #require(GreyImage(width: 160, height: 240, pixels: (0..<(160 * 240)).map { Self.clean[$0 % 160, $0 / 160] }))
        let cutWarnings = try read(cut).warnings
        #expect(cutWarnings.contains { $0.hasPrefix("the digit touches the edge") }, "\(cutWarnings)")
        #expect(try read(Self.clean).warnings.isEmpty)
    }

    @Test func aSixteenBitPNGReadsLikeItsEightBitTwin() throws {
        let eight = Self.clean
        let sixteen = try PNGFixtures.greyscale16(eight.width, eight.height, eight.pixels)
        let decoded = try PNGCodec.decode(sixteen, file: "sixteen.png")
        #expect(zip(decoded.pixels, eight.pixels).allSatisfy { abs(Int($0) - Int($1)) <= 1 })
        #expect(try read(decoded).digit == read(eight).digit)
    }

    @Test func aCardOnATransparentMarginReadsLikeTheCard() throws {
        let card = Self.clean
        let rgba = try PNGFixtures.cardOnTransparentMargin(card.width, card.height, card.pixels, margin: 40)
        let decoded = try PNGCodec.decode(rgba, file: "card.png")
        #expect(decoded.width == card.width + 80)
        #expect(Self.overlap(try read(decoded).digit, try read(card).digit) > 0.9)
    }
}
