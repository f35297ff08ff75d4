import Foundation
import IDX
import Testing
import TestSupport
@testable import ReadingBenchmark
@testable import UserImages

/// A digit is refused for low contrast by its own ink, not by the picture's: a desk's grain may be nearly all the
/// pixels that stand out, faintly, while the digit on the sheet is plain.
@Suite struct DigitContrastTests {
    @Test(.enabled(if: SharedData.mnistDirectory != nil, "needs ../shared/datasets/mnist"))
    func aPlainDigitBesideAFaintGrainIsRead() throws {
        // sheet-dark-desk's picture of MNIST test digit 69 (a 0) with seed 0: a narrow sheet on a grained desk.
        let directory = SharedData.mnistDirectory ?? ""
        let images = try IDXReader.images(at: directory + "/t10k-images-idx3-ubyte.gz")
        let benchmark = ReadingBenchmark(images: images, labels: [])
        let condition = try #require(ReadingConditions.all.first { $0.id == "sheet-dark-desk" })
        var generator = try #require(ReadingBenchmark.generators(seed: 0)["sheet-dark-desk"])
        var file: ImageFile?
        for index in 0...69 { file = try condition.make(try #require(benchmark.digit(at: index)), generator: &generator) }
        let bytes = try #require(file).bytes
        let picture = try ImageDecoder.decode(bytes, file: "sheet-dark-desk-69.jpg", reducingTo: 1_200)
        // The precondition: over the whole picture, the dark ink's level is below the least contrast of a digit.
        let map = InkMap(picture, darkInk: true)
        #expect(map.inkLevel < DigitPreprocessor().minimumContrast, "the picture's ink level \(map.inkLevel)")
        let result = try DigitPreprocessor().digit(from: picture, file: "sheet-dark-desk-69.jpg")
        #expect(result.inverted)
        // The 0 is about 50 pixels wide on the 300x400 picture; the sheet around it is 60 wide and 360 tall.
        #expect(result.inkBox.width <= 56 && result.inkBox.height <= 56, "ink box \(result.inkBox)")
    }
}
