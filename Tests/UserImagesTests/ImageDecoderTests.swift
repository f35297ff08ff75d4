import TestSupport
import Testing
@testable import UserImages

@Suite struct ImageDecoderTests {
    /// A 3x2 RGBA PNG made by a hand-written encoder (Python's zlib and struct): grey values
    /// 0, 128, 255 / 50, 200, and one fully transparent pixel.
    static let rgbaPNG: [UInt8] = [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x03,
        0x00, 0x00, 0x00, 0x02, 0x08, 0x06, 0x00, 0x00, 0x00, 0x9D, 0x74, 0x66, 0x1A, 0x00, 0x00, 0x00, 0x20, 0x49, 0x44, 0x41,
        0x54, 0x78, 0xDA, 0x63, 0x60, 0x60, 0x60, 0xF8, 0xDF, 0xD0, 0xD0, 0xF0, 0x1F, 0x04, 0x18, 0x8C, 0x8C, 0x8C, 0xFE, 0x9F,
        0x38, 0x71, 0xE2, 0x3F, 0x17, 0x17, 0x17, 0x03, 0x00, 0xA8, 0xDA, 0x0C, 0x85, 0xBC, 0x21, 0x39, 0x23, 0x00, 0x00, 0x00,
        0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
    ]

    @Test func readsAnRGBAPNGAndFillsTransparencyWithTheBackground() throws {
        let image = try ImageDecoder.decode(Self.rgbaPNG, file: "rgba.png")
        #expect(image.width == 3 && image.height == 2)
        // The visible pixels fall into a dark pair (0, 50) and a larger light trio (128, 200, 255): paper with ink, so
        // the transparent one takes the paper's median shade.
        #expect(image.pixels == [0, 128, 255, 50, 200, 200])
    }

    @Test func strokesOnATransparentCanvasKeepTheirContrast() throws {
        // Dark strokes alone on a transparent canvas: the margin becomes white; light strokes: black.
        var pixels = [UInt8](repeating: 20, count: 40 * 40)
        for index in pixels.indices where index % 7 == 0 { pixels[index] = 35 }
        let dark = try ImageDecoder.decode(try PNGFixtures.cardOnTransparentMargin(40, 40, pixels, margin: 60), file: "dark.png")
        #expect(dark[0, 0] == 255 && dark[80, 80] == 20)
        let lightPNG = try PNGFixtures.cardOnTransparentMargin(40, 40, pixels.map { 255 - $0 }, margin: 60)
        let light = try ImageDecoder.decode(lightPNG, file: "l.png")
        #expect(light[0, 0] == 0)
    }

    @Test func aSmallCardOnAWideTransparentMarginTakesThePapersShade() throws {
        var card = [UInt8](repeating: 230, count: 40 * 40)
        for y in 5..<35 { card[y * 40 + 20] = 15 }
        let image = try ImageDecoder.decode(try PNGFixtures.cardOnTransparentMargin(40, 40, card, margin: 80), file: "card.png")
        #expect(image[0, 0] == 230)
    }

    @Test func roundTripsGreyPNG() throws {
        let image = try #require(GreyImage(width: 5, height: 3, pixels: (0..<15).map { UInt8($0 * 17) }))
        let bytes = try PNGCodec.encode(image)
        #expect(bytes.starts(with: PNGCodec.signature))
        #expect(try ImageDecoder.decode(bytes, file: "x.png") == image)
        #expect(try PNGCodec.encode(image) == bytes, "same image, same bytes")
    }

    @Test func readsJPEG() throws {
        let pixels = (0..<(32 * 24)).map { UInt8(($0 % 32) * 8) }
        let jpeg = try #require(JPEGFixture.encode(pixels, width: 32, height: 24))
        let image = try ImageDecoder.decode(jpeg, file: "x.jpg")
        #expect(image.width == 32 && image.height == 24)
        let error = zip(image.pixels, pixels).map { abs(Int($0) - Int($1)) }.reduce(0, +) / pixels.count
        #expect(error < 4, "lossy, but close to the original")
    }

    @Test func turnsAJPEGUprightByItsExifOrientation() throws {
        var pixels = [UInt8](repeating: 0, count: 40 * 20)
        for y in 0..<20 { for x in 0..<10 { pixels[y * 40 + x] = 255 } }  // bright left quarter
        let jpeg = try #require(JPEGFixture.encode(pixels, width: 40, height: 20))
        let rotated = try ImageDecoder.decode(JPEGFixture.withOrientation(jpeg, 6), file: "phone.jpg")
        #expect(rotated.width == 20 && rotated.height == 40)
        #expect(rotated[10, 2] > 200, "rotated 90 degrees clockwise, the left edge becomes the top")
        #expect(rotated[10, 37] < 50)
        let upright = try ImageDecoder.decode(JPEGFixture.withOrientation(jpeg, 1), file: "phone.jpg")
        #expect(upright.width == 40)
    }

    @Test func appliesEveryOrientation() throws {
        let image = try #require(GreyImage(width: 3, height: 2, pixels: [1, 2, 3, 4, 5, 6]))
        let expected: [Int: [UInt8]] = [
            1: [1, 2, 3, 4, 5, 6], 2: [3, 2, 1, 6, 5, 4], 3: [6, 5, 4, 3, 2, 1], 4: [4, 5, 6, 1, 2, 3],
            5: [1, 4, 2, 5, 3, 6], 6: [4, 1, 5, 2, 6, 3], 7: [6, 3, 5, 2, 4, 1], 8: [3, 6, 2, 5, 1, 4],
        ]
        for (value, pixels) in expected {
            #expect(EXIFOrientation(value: value).upright(image).pixels == pixels, "orientation \(value)")
        }
    }

    @Test func rejectsATextFileNamedPNG() throws {
        let directory = TemporaryDirectory()
        let path = directory.write(Array("this is not a picture\n".utf8), to: "digit.png")
        let error = #expect(throws: ImageError.self) { try ImageDecoder.read(path) }
        #expect(error?.kind == .notAnImage)
        #expect(error?.description == "\(path): not a PNG or JPEG image (it looks like text)")
    }

    @Test func rejectsTruncatedAndEmptyFiles() throws {
        let truncated = #expect(throws: ImageError.self) { try ImageDecoder.decode(Array(Self.rgbaPNG.prefix(60)), file: "cut.png") }
        #expect(truncated?.kind == .corrupt)
        let empty = #expect(throws: ImageError.self) { try ImageDecoder.decode([], file: "empty.png") }
        #expect(empty?.detail.contains("the file is empty") == true)
        let jpeg = #expect(throws: ImageError.self) { try ImageDecoder.decode([0xFF, 0xD8, 0xFF, 0xE0, 0, 0], file: "cut.jpg") }
        #expect(jpeg?.kind == .corrupt)
    }

    @Test func rejectsImagesOverTheLimits() throws {
        let wide = try #require(GreyImage(width: 300, height: 10, pixels: [UInt8](repeating: 9, count: 3_000)))
        let bytes = try PNGCodec.encode(wide)
        let small = ImageLimits(maximumFileBytes: 1 << 20, maximumSide: 200, maximumPixels: 1_000_000)
        let side = #expect(throws: ImageError.self) { try ImageDecoder.decode(bytes, file: "wide.png", limits: small) }
        #expect(side?.kind == .tooLarge)
        let tiny = ImageLimits(maximumFileBytes: 10, maximumSide: 200, maximumPixels: 1_000_000)
        let file = #expect(throws: ImageError.self) { try ImageDecoder.decode(bytes, file: "wide.png", limits: tiny) }
        #expect(file?.kind == .tooLarge)
    }

    @Test func reportsAMissingFile() {
        let error = #expect(throws: ImageError.self) { try ImageDecoder.read("/no/such/digit.png") }
        #expect(error?.kind == .unreadable)
    }
}
