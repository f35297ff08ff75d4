import ArgumentParser
import FileIO
import UserImages

/// `digitbook preprocess`: shows what a user's image becomes before a model sees it.
struct PreprocessCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preprocess",
        abstract: "Turn a photo or drawing of one digit (PNG or JPEG) into the 28x28 MNIST-style input.",
        discussion: """
            The ink is told from its local background (whether it is dark or light judged by its strokes, shadows, \
            a desk around the paper and printed lines left out), and dark ink is inverted; the ink is cropped, scaled \
            into a 20x20 box keeping its aspect ratio, and centred by its centre of mass in 28x28, as MNIST was made.
            """)

    @Argument(help: "The image file (PNG or JPEG).")
    var image: String

    @Option(name: .long, help: ArgumentHelp("Where to write the 28x28 result as PNG.", valueName: "file.png"))
    var out: String

    @Option(name: .long, parsing: .unconditional, help: "Enlarge the result this many times (nearest neighbour), to look at it.")
    var enlarge = 1

    func validate() throws {
        guard (1...64).contains(enlarge) else { throw ValidationError("--enlarge must be between 1 and 64") }
    }

    func run() throws {
        try InputOutputOverlap.check(output: out, role: "--out", inputs: [InputOutputOverlap.Input(image, role: "the input image")])
        let picture = try ImageDecoder.read(image, reducingTo: DigitPreprocessor().analysisSide)
        let result = try DigitPreprocessor().digit(from: picture, file: image)
        let png = try PNGCodec.encode(result.digit.enlarged(by: enlarge), file: out)
        try AtomicFile.write(png, to: out)
        let box = result.inkBox
        Console.line("""
            \(image): read at \(picture.width)x\(picture.height), \(result.inverted ? "light background (inverted)" : "dark background"), \
            ink \(box.width)x\(box.height) at (\(box.x), \(box.y))
            wrote \(out) (\(result.digit.width * enlarge)x\(result.digit.height * enlarge))
            """)
        for warning in result.warnings { Console.warn("\(image): \(warning)") }
    }
}
