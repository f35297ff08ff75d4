import Foundation
import Randomness
import Testing
import UserImages
@testable import ReadingBenchmark

@Suite("Reading conditions")
struct ReadingConditionTests {
    /// The file a condition makes for `digit` from `seed`'s generator.
    func file(_ id: String, _ digit: GreyImage, seed: UInt64 = 7) throws -> ImageFile {
        var generator = SeededGenerator(seed: seed)
        return try #require(ReadingConditions.all.first { $0.id == id }).make(digit, generator: &generator)
    }

    @Test("every condition gives the same bytes from the same seed, and a picture ImageDecoder reads")
    func deterministicAndDecodable() throws {
        let seven = try DrawnDigits.seven()
        #expect(ReadingConditions.all.count == 23)
        #expect(Set(ReadingConditions.all.map(\.id)).count == ReadingConditions.all.count)
        for condition in ReadingConditions.all {
            let first = try file(condition.id, seven), again = try file(condition.id, seven)
            #expect(first == again, "\(condition.id) is not deterministic")
            let picture = try ImageDecoder.decode(first.bytes, file: condition.id, reducingTo: 1_200)
            #expect(picture.width >= 64 && picture.height >= 64, "\(condition.id)")
            let declared = first.fileExtension == "jpg" ? JPEGDecoder.signature : PNGCodec.signature
            #expect(first.bytes.starts(with: declared), "\(condition.id) is not the kind it says")
        }
    }

    @Test("conditions that draw random choices differ between seeds")
    func seedsMatter() throws {
        let seven = try DrawnDigits.seven()
        let fixed: Set<String> = ["plain", "gradient", "thin-pen", "transparent-card", "grey16"]
        for condition in ReadingConditions.all where !fixed.contains(condition.id) {
            #expect(try file(condition.id, seven, seed: 1) != file(condition.id, seven, seed: 2), "\(condition.id)")
        }
    }

    @Test("PNG conditions store the layout they name: RGBA, untagged 16-bit grey, RGB colour")
    func pngLayouts() throws {
        let zero = try DrawnDigits.zero()
        // IHDR's bit depth and colour type are bytes 24 and 25 of a PNG; no gAMA, iCCP or sRGB chunk follows.
        func header(_ file: ImageFile) -> (depth: UInt8, colour: UInt8, tagged: Bool) {
            let text = String(decoding: file.bytes, as: UTF8.self)
            return (file.bytes[24], file.bytes[25], ["gAMA", "iCCP", "sRGB"].contains { text.contains($0) })
        }
        let card = try file("transparent-card", zero), grey16 = try file("grey16", zero), coloured = try file("coloured-paper", zero)
        #expect(card.kind == .rgbaPNG && header(card).colour == 6 && header(card).depth == 8)
        #expect(grey16.kind == .grey16PNG && header(grey16).colour == 0 && header(grey16).depth == 16 && !header(grey16).tagged)
        #expect(coloured.kind == .rgbPNG && header(coloured).colour == 2)
        // The card's margin is transparent and reads as its paper, not as black ink around the card.
        let decoded = try ImageDecoder.decode(card.bytes, file: "card")
        #expect(decoded[0, 0] > 200)
    }

    @Test("colour conditions are stored in colour; coloured paper and ruled lines have hues")
    func colourIsColour() throws {
        for id in ["coloured-paper", "ruled"] {
            for seed in 0..<5 {
                var generator = SeededGenerator(seed: UInt64(seed))
                let picture = id == "ruled" ? SurfaceConditions.lined(try DrawnDigits.zero(), squared: false, generator: &generator)
                    : SurfaceConditions.colouredPaper(try DrawnDigits.zero(), generator: &generator)
                let hue = stride(from: 0, to: picture.samples.count, by: 3).map { (index: Int) -> Float in
                    let (r, g, b) = (picture.samples[index], picture.samples[index + 1], picture.samples[index + 2])
                    return max(abs(r - g), abs(g - b), abs(r - b))
                }.max() ?? 0
                #expect(hue > 30, "\(id) seed \(seed): channels never differ by more than \(hue)")
            }
        }
        // A colour JPEG's start-of-frame declares three components.
        for id in ["whiteboard-glare", "squared", "jpeg-blur", "small-in-large", "exif-6"] {
            let made = try file(id, try DrawnDigits.zero())
            let frame = try #require((2..<(made.bytes.count - 10)).first { made.bytes[$0] == 0xFF && made.bytes[$0 + 1] == 0xC0 })
            #expect(made.kind == .rgbJPEG && made.bytes[frame + 9] == 3, "\(id)")
        }
    }

    @Test("EXIF conditions carry orientation 3, 6 or 8 and decode upright", arguments: [3, 6, 8])
    func exifRotated(orientation: Int) throws {
        let made = try file("exif-\(orientation)", try DrawnDigits.seven())
        #expect(made.kind == .rgbJPEG && made.orientation == orientation)
        let exif = Array("Exif\0\0".utf8)
        let start = try #require((0..<(made.bytes.count - exif.count)).first { Array(made.bytes[$0..<($0 + exif.count)]) == exif })
        // Big-endian TIFF, IFD0 at 8, one entry: tag 0x0112, type SHORT, count 1, value.
        #expect(Array(made.bytes[(start + 16)..<(start + 18)]) == [0x01, 0x12] && Int(made.bytes[start + 25]) == orientation)
        let decoded = try ImageDecoder.decode(made.bytes, file: "exif")
        #expect((decoded.width, decoded.height) == (orientation == 3 ? (480, 360) : (360, 480)))
        // The stored pixels, turned as the tag says, are the upright picture.
        var generator = SeededGenerator(seed: 11)
        let upright = CameraConditions.paperPhoto(try DrawnDigits.seven(), width: decoded.width, height: decoded.height, frame: 140...240,
                                                  generator: &generator)
        let stored = try ImageFileWriter.jpeg(CameraConditions.stored(upright, orientation: orientation), colour: false, quality: 100,
                                              orientation: orientation)
        let turned = try ImageDecoder.decode(stored.bytes, file: "stored")
        let difference = zip(turned.pixels, upright.greyBytes).map { abs(Int($0) - Int($1)) }.reduce(0, +) / turned.pixels.count
        #expect(difference <= 2, "orientation \(orientation): turned pixels differ from upright by \(difference) on average")
    }

    @Test("a filled digit's strokes touch one to four edges of its 64x64 picture, in the polarity named")
    func filledDigitsTouchEdges() throws {
        for (id, darkOnLight) in [("fill-dark", true), ("fill-light", false)] {
            var touched = Set<Int>()
            for seed in 0..<12 {
                let picture = try ImageDecoder.decode(try file(id, try DrawnDigits.zero(), seed: UInt64(seed)).bytes, file: id)
                #expect((picture.width, picture.height) == (64, 64))
                // The middle of the zero is paper: light, or dark in a negative.
                #expect(darkOnLight ? picture[32, 32] > 128 : picture[32, 32] < 128, "\(id): paper is \(picture[32, 32])")
                func ink(_ x: Int, _ y: Int) -> Bool { darkOnLight ? picture[x, y] < 128 : picture[x, y] > 128 }
                let edges = [(0..<64).contains { ink($0, 0) }, (0..<64).contains { ink($0, 63) },
                             (0..<64).contains { ink(0, $0) }, (0..<64).contains { ink(63, $0) }].filter { $0 }.count
                #expect((1...4).contains(edges), "\(id) seed \(seed): ink touches \(edges) edges")
                touched.insert(edges)
            }
            #expect(touched.count >= 3, "\(id): only \(touched.sorted()) edges touched over 12 seeds")
        }
    }
}
