import Testing
import UserImages

/// Shrinking an upload for display: aspect ratio kept, the longest side fitted, ink averaged, small images untouched.
@Suite struct ThumbnailTests {
    @Test func aWideImageShrinksToFitKeepingItsShapeAndItsMeanGrey() throws {
        var pixels = [UInt8](repeating: 200, count: 400 * 100)
        for y in 0..<100 { for x in 0..<200 { pixels[y * 400 + x] = 0 } }
        let image = try #require(GreyImage(width: 400, height: 100, pixels: pixels))
        let small = image.thumbnail(fittingIn: 40)
        #expect(small.width == 40 && small.height == 10)
        #expect(small[5, 5] == 0 && small[35, 5] == 200)
        let mean = small.pixels.reduce(0) { $0 + Int($1) } / small.pixels.count
        #expect(mean == 100)
    }

    @Test func anImageThatFitsIsReturnedAsItIs() throws {
        let image = try #require(GreyImage(width: 30, height: 20, pixels: [UInt8](repeating: 7, count: 600)))
        #expect(image.thumbnail(fittingIn: 30) == image)
        #expect(image.thumbnail(fittingIn: 0) == image)
    }
}
