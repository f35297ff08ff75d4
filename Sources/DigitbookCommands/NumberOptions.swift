import ArgumentParser
import UserImages

/// `predict --number`: reading rows of digits, and how the readings are shown.
struct NumberOptions: ParsableArguments {
    @Flag(name: .long, help: "Read each image as a row of digits (a ZIP code, an amount) and print the number.")
    var number = false

    @Flag(name: .long, help: "Print one JSON object per image instead of text, as the API answers.")
    var json = false

    @Option(name: .long, help: ArgumentHelp("With --number: draw each digit's box and reading on the image, as a PNG (a folder "
        + "for several images: NAME.boxes.png in it).", valueName: "out.png"))
    var boxes: String?

    @Option(name: .long, help: ArgumentHelp("With --number: flag a number whose least sure digit is below this probability as "
        + "\"check by hand\".", valueName: "p"))
    var threshold = NumberReading.checkThreshold

    func validate(imageCount: Int) throws {
        guard number || boxes == nil else { throw ValidationError("--boxes goes with --number") }
        guard (0...1).contains(threshold) else { throw ValidationError("--threshold must be between 0 and 1, got \(threshold)") }
    }
}
