import Foundation
import TestSupport
import Testing
import UserImages
@testable import DigitbookCommands

/// `predict --number`: the boxes picture, option checks and images without digits.
@Suite struct PredictNumberCommandTests {
    /// A page with three dark bars, as a PNG.
    static func bars() throws -> [UInt8] {
        var pixels = [UInt8](repeating: 240, count: 240 * 100)
        for x0 in [40, 110, 180] { for y in 20..<80 { for x in x0..<(x0 + 6) { pixels[y * 240 + x] = 20 } } }
        return try PNGCodec.encode(try #require(GreyImage(width: 240, height: 100, pixels: pixels)))
    }

    @Test func drawsTheBoxesAndRefusesImagesWithoutDigits() async throws {
        let copy = try TinyCopy(train: 120, test: 30)
        let catalog = try copy.catalog()
        let work = TemporaryDirectory("predict-number")
        let run = work.file("run")
        try await runCommand(["train", "--model", "logreg", "--epochs", "1", "--validation", "20", "--catalog", catalog.path,
                              "--dataset", "tiny", "--data", copy.directory.path, "--out", run])
        let page = work.write(try Self.bars(), to: "bars.png")
        try await runCommand(["predict", "--run", run, "--number", page, "--boxes", work.file("boxes.png"), "--json"])
        let picture = try ImageDecoder.read(work.file("boxes.png"))
        #expect(picture.width == 300 && picture.height > 100, "a small page is drawn at least 300 wide, with its title above")

        let blank = work.write(try PNGCodec.encode(try #require(GreyImage(width: 50, height: 50, pixels: .init(repeating: 250,
            count: 2500)))), to: "blank.png")
        let failure = await commandFailure(["predict", "--run", run, "--number", blank, page])
        #expect(failure?.exitCode == 1)
        #expect(failure?.message.contains("blank.png: no digits found: the image is almost uniform") == true, "\(failure?.message ?? "")")
        let misuse = await commandFailure(["predict", "--run", run, "--boxes", work.file("b.png"), page])
        #expect(misuse?.message.contains("--boxes goes with --number") == true)
    }
}
