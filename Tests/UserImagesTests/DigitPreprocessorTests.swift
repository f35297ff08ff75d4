import IDX
import TestSupport
import Testing
@testable import UserImages

@Suite struct DigitPreprocessorTests {
    /// A dark "L" on a light canvas of `width` x `height`, drawn with its corner at (`x`, `y`).
    static func letterL(width: Int = 200, height: Int = 150, x: Int = 40, y: Int = 20, paper: UInt8 = 240) -> GreyImage {
        var pixels = [UInt8](repeating: paper, count: width * height)
        for row in y..<(y + 100) { for column in x..<(x + 12) { pixels[row * width + column] = 20 } }
        for row in (y + 88)..<(y + 100) { for column in x..<(x + 60) { pixels[row * width + column] = 20 } }
        return GreyImage(width: width, height: height, pixels: pixels)!
    }

    @Test func darkOnLightAndLightOnDarkGiveTheSameDigit() throws {
        let dark = try DigitPreprocessor().digit(from: Self.letterL(), file: "dark.png")
        let light = try DigitPreprocessor().digit(from: Self.letterL().inverted, file: "light.png")
        #expect(dark.inverted && !light.inverted)
        #expect(dark.digit == light.digit)
    }

    @Test func scalesTheInkIntoA20PixelBoxKeepingItsShape() throws {
        let result = try DigitPreprocessor().digit(from: Self.letterL(), file: "l.png")
        #expect(result.digit.width == 28 && result.digit.height == 28)
        #expect(result.inkBox == (40, 20, 60, 100))
        let box = inkBox(of: result.digit)
        #expect(box.height == 20, "the longer side becomes 20 pixels")
        #expect(box.width == 12, "60:100 keeps its aspect ratio")
        #expect(result.digit.pixels.max() == 255)
    }

    @Test func centresByTheCentreOfMass() throws {
        let result = try DigitPreprocessor().digit(from: Self.letterL(), file: "l.png")
        let (cx, cy) = centreOfMass(of: result.digit)
        #expect(abs(cx - 14) <= 0.5 && abs(cy - 14) <= 0.5, "MNIST's centre of mass is at (14, 14)")
    }

    @Test func ignoresWhereTheDigitWasOnTheCanvas() throws {
        let left = try DigitPreprocessor().digit(from: Self.letterL(x: 5, y: 5), file: "a.png")
        let right = try DigitPreprocessor().digit(from: Self.letterL(width: 400, height: 300, x: 300, y: 190), file: "b.png")
        #expect(left.digit == right.digit)
    }

    @Test func toleratesGreyPaperAndFaintNoise() throws {
        var noisy = Self.letterL(paper: 180).pixels
        var generator = SplitMixForTests(seed: 5)
        for index in noisy.indices where noisy[index] > 100 { noisy[index] = UInt8(Int(noisy[index]) + Int(generator.next() % 21) - 10) }
        let result = try DigitPreprocessor().digit(from: GreyImage(width: 200, height: 150, pixels: noisy)!, file: "n.png")
        let clean = try DigitPreprocessor().digit(from: Self.letterL(), file: "c.png")
        #expect(result.inkBox == clean.inkBox, "noise on the paper does not widen the crop")
    }

    @Test func refusesAnAllWhiteImage() throws {
        let white = GreyImage(width: 64, height: 64, pixels: [UInt8](repeating: 255, count: 64 * 64))!
        let directory = TemporaryDirectory()
        let path = directory.write(try PNGCodec.encode(white), to: "white.png")
        let error = #expect(throws: ImageError.self) { try DigitPreprocessor().digit(from: ImageDecoder.read(path), file: path) }
        #expect(error?.kind == .empty)
        #expect(error?.description.hasPrefix("\(path): no digit found") == true)
    }

    /// A real MNIST test digit, enlarged 8 times and inverted to dark-on-white, comes back close to itself.
    @Test(.enabled(if: SharedData.mnistDirectory != nil, "needs ../shared/datasets/mnist"))
    func recoversRealMNISTDigits() throws {
        let images = try IDXReader.images(at: (SharedData.mnistDirectory ?? "") + "/t10k-images-idx3-ubyte.gz")
        for index in [0, 1, 2, 3, 4, 7, 11, 18] {
            let original = GreyImage(width: 28, height: 28, pixels: Array(images.image(at: index)))!
            let photo = original.enlarged(by: 8).inverted
            let result = try DigitPreprocessor().digit(from: photo, file: "mnist-\(index)")
            let difference = zip(result.digit.pixels, original.pixels).map { abs(Int($0) - Int($1)) }.reduce(0, +) / 784
            #expect(difference <= 3, "digit \(index): mean difference \(difference) grey levels")
        }
    }

    private func inkBox(of image: GreyImage) -> (width: Int, height: Int) {
        let rows = (0..<image.height).filter { y in (0..<image.width).contains { image[$0, y] > 0 } }
        let columns = (0..<image.width).filter { x in (0..<image.height).contains { image[x, $0] > 0 } }
        return ((columns.last ?? 0) - (columns.first ?? 0) + 1, (rows.last ?? 0) - (rows.first ?? 0) + 1)
    }

    private func centreOfMass(of image: GreyImage) -> (Double, Double) {
        var mass = 0.0, x = 0.0, y = 0.0
        for row in 0..<image.height {
            for column in 0..<image.width {
                let value = Double(image[column, row])
                mass += value; x += value * Double(column); y += value * Double(row)
            }
        }
        return (x / mass, y / mass)
    }
}

/// A deterministic noise source for this file's tests.
struct SplitMixForTests {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
