import Charts
import FileIO
import Foundation
import Training
import UserImages

/// Reads images as numbers for `predict --number` and prints them (text or JSON lines), drawing boxes when asked.
struct NumberPrinter {
    let options: NumberOptions
    let model: InferenceModel

    func read(_ images: [String]) throws {
        var failures: [String] = []
        for path in images {
            let image: GreyImage, reading: NumberReading
            do {
                image = try ImageDecoder.read(path)
                reading = try NumberReader().read(image, file: path, classify: model.probabilities(for:))
            } catch {
                failures.append("\(error)")  // every image is tried; the failures are reported together
                continue
            }
            if options.json {
                Console.line(reading.json(file: path, threshold: options.threshold))
            } else {
                let digits = reading.digits.map { "\($0.digit) \(String(format: "%.3f", $0.probability))" }.joined(separator: ", ")
                let check = reading.checkAdvice(threshold: options.threshold).map { "  " + $0 } ?? ""
                Console.line("\(path): \(reading.number)  confidence \(String(format: "%.3f", reading.confidence))  (\(digits))" + check)
            }
            if let boxes = options.boxes { try drawBoxes(reading, of: image, path: path, to: boxes, several: images.count > 1) }
        }
        guard failures.isEmpty else { throw ImageFailures(total: images.count, messages: failures) }
    }

    /// The image with each digit's box and reading, as PNG: at `target`, or in the folder `target` for several images.
    private func drawBoxes(_ reading: NumberReading, of image: GreyImage, path: String, to target: String, several: Bool) throws {
        let boxes = reading.digits.map { digit in
            NumberBoxesPicture.Box(x: digit.box.x, y: digit.box.y, width: digit.box.width, height: digit.box.height,
                                   reading: "\(digit.digit)", probability: Double(digit.probability),
                                   doubtful: NumberReading.isDoubtful(digit, threshold: options.threshold))
        }
        let shown = image.thumbnail(fittingIn: 900)
        let picture = NumberBoxesPicture(pixels: shown.pixels, width: shown.width, height: shown.height, photoWidth: image.width,
                                         photoHeight: image.height, boxes: boxes, number: reading.number)
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension + ".boxes.png"
        let file = several ? (target as NSString).appendingPathComponent(name) : target
        if several { try? FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true) }
        try AtomicFile.write(try picture.png(scale: 1), to: file)
        if !options.json { Console.line("wrote \(file)") }
    }
}
