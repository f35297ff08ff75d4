import FileIO
import Foundation
import Readings
import Runs
import UserImages

/// Reads images as numbers for `predict --number` and prints them (text or JSON lines), drawing boxes when asked.
struct NumberPrinter {
    let options: NumberOptions
    let model: InferenceModel
    /// The run's name in the readings.
    let run: String

    func read(_ images: [String]) throws {
        var failures: [String] = []
        for path in images {
            let result: NumberResult
            do {
                result = try NumberResult.read(file: path, with: model, run: run, threshold: options.threshold)
            } catch {
                failures.append("\(error)")  // every image is tried; the failures are reported together
                continue
            }
            if options.json {
                Console.line(try ReadingJSON.text(result))
            } else {
                let digits = result.digits.map { "\($0.digit) \(String(format: "%.3f", $0.probability))" }.joined(separator: ", ")
                let check = result.check.map { "  " + $0 } ?? ""
                Console.line("\(path): \(result.number)  confidence \(String(format: "%.3f", result.confidence))  (\(digits))" + check)
            }
            if let boxes = options.boxes { try drawBoxes(result, path: path, to: boxes, several: images.count > 1) }
        }
        guard failures.isEmpty else { throw ImageFailures(total: images.count, messages: failures) }
    }

    /// The image with each digit's box and reading, as PNG: at `target`, or in the folder `target` for several images.
    private func drawBoxes(_ result: NumberResult, path: String, to target: String, several: Bool) throws {
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension + ".boxes.png"
        let file = several ? (target as NSString).appendingPathComponent(name) : target
        if several { try? FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true) }
        try AtomicFile.write(try result.boxesPNG(), to: file)
        if !options.json { Console.line("wrote \(file)") }
    }
}
