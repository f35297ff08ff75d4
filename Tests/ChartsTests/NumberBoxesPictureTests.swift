import Testing
@testable import Charts

/// The number picture: boxes drawn where the photo's coordinates say, even over a reduced copy of the photo.
@Suite struct NumberBoxesPictureTests {
    @Test func drawsEachBoxWhereThePhotosCoordinatesSay() throws {
        // A 1000 x 400 photo shown from a 500 x 200 copy: drawn 900 wide, so 0.9 units per photo pixel.
        let picture = NumberBoxesPicture(
            pixels: [UInt8](repeating: 255, count: 500 * 200), width: 500, height: 200, photoWidth: 1000, photoHeight: 400,
            boxes: [.init(x: 100, y: 100, width: 200, height: 200, reading: "7", probability: 0.99, doubtful: false),
                    .init(x: 600, y: 100, width: 200, height: 200, reading: "1", probability: 0.5, doubtful: true)],
            number: "71")
        #expect(picture.width == 900 && picture.height == 360 + 64)
        let image = try #require(PNGReadBack(try picture.png(scale: 1)))
        let sure = NumberBoxesPicture.sure, doubtful = NumberBoxesPicture.doubtful
        // The left edge of each box, halfway down: x = 0.9 * 100 and 0.9 * 600, y = 40 + 0.9 * 200.
        #expect(image.matches(90, 220, Int(sure.red * 255), Int(sure.green * 255), Int(sure.blue * 255), tolerance: 40))
        #expect(image.matches(540, 220, Int(doubtful.red * 255), Int(doubtful.green * 255), Int(doubtful.blue * 255), tolerance: 40))
        #expect(image.matches(300, 220, 255, 255, 255, tolerance: 10), "inside a box the photo shows through")
        #expect(picture.summary == "The photo read as 71, 2 digits boxed; 1 doubtful, in orange.")
    }
}
