import Testing
import TestSupport
@testable import UserImages

/// A JPEG larger than the preprocessor analyses is decoded reduced in the DCT domain, upright, with its own size known.
@Suite struct ReducedJPEGTests {
    /// A 400x240 picture: a bright left quarter on black.
    static func picture() throws -> [UInt8] {
        var pixels = [UInt8](repeating: 0, count: 400 * 240)
        for y in 0..<240 { for x in 0..<100 { pixels[y * 400 + x] = 255 } }
        return try #require(JPEGFixture.encode(pixels, width: 400, height: 240))
    }

    @Test func aLargeJPEGIsDecodedAtTheLargestScaleThatFits() throws {
        let jpeg = try Self.picture()
        let half = try ImageDecoder.decode(jpeg, file: "big.jpg", reducingTo: 200)
        #expect(half.width == 200 && half.height == 120)
        #expect(half[20, 60] > 200 && half[150, 60] < 50, "the same picture, smaller")
        let threeEighths = try ImageDecoder.decode(jpeg, file: "big.jpg", reducingTo: 160)
        #expect(threeEighths.width == 150 && threeEighths.height == 90)
        let smallest = try ImageDecoder.decode(jpeg, file: "big.jpg", reducingTo: 10)
        #expect(smallest.width == 50 && smallest.height == 30, "1/8 at most, even when it does not fit")
        #expect(try ImageDecoder.decode(jpeg, file: "big.jpg", reducingTo: 400).width == 400, "a picture that fits is whole")
    }

    @Test func theUprightSizeComesFromTheHeaderAndTheOrientation() throws {
        let jpeg = try Self.picture()
        #expect(JPEGDecoder.uprightSize(jpeg).map { [$0.width, $0.height] } == [400, 240])
        let turned = JPEGFixture.withOrientation(jpeg, 6)
        #expect(JPEGDecoder.uprightSize(turned).map { [$0.width, $0.height] } == [240, 400])
        let reduced = try ImageDecoder.decode(turned, file: "phone.jpg", reducingTo: 200)
        #expect(reduced.width == 120 && reduced.height == 200)
        #expect(JPEGDecoder.uprightSize(Array("not a jpeg".utf8)) == nil)
    }
}
