import Charts
import DatasetCatalog
import FileIO
import Foundation
import Localization
import NumberFormats
import Pages
import Readings
import UserImages

/// `predict`: the user's own image, as the original web app showed it: the preprocessed 28x28 input, the digit
/// the run reads and its probability for every class.
struct PredictCell: CellRunner {
    /// The image's content, not only its path, decides the result.
    func keyInputs(_ cell: Cell, context: ReportContext) throws -> [String] {
        let path = try context.resolve(CellOptions(cell: cell, file: context.document.file).text("image"))
        return ["image " + SHA256Digest.hex(of: try FileBytes.read(path, limit: ImageLimits.standard.maximumFileBytes))]
    }

    func run(_ cell: Cell, options: CellOptions, context: ReportContext, output: CellOutputBuilder) throws {
        let id = try options.text("run")
        let image = try options.text("image")
        let path = try context.resolve(image)
        let run = try context.run(id)
        let model = try run.inferenceModel(for: "weights to run on an image")
        let name = (image as NSString).lastPathComponent
        if try options.flag("number", default: false) {
            try NumberPrediction(result: NumberResult.read(file: path, as: name, with: model, run: id), words: context.words)
                .add(to: output)
            return
        }
        let reading = try DigitReading.read(file: path, as: name, with: model, run: id)
        let digit = reading.input, w = context.words, said = ReadingWords(w.catalogue)

        try output.figure("input",
            DigitGrid(items: [.init(pixels: digit.pixels, side: digit.width,
                                    caption: w(.cellInputSize, ["size": "\(digit.width)x\(digit.height)"]))],
                      columns: 1, imageSide: 140, title: name),
            caption: w(.cellInputCaption, ["file": name]),
            raster: true)
        output.paragraph([.strong(Inline.plain(reading.digit), role: "prediction")])
        output.paragraph(said.sentence(reading))
        for warning in reading.warnings { output.paragraph(w(.cellReadingNote, ["warning": warning])) }
        try output.figure("probabilities", reading.chart(in: said),
                          caption: w(.cellProbabilitiesCaption, ["run": id, "file": name]))
        output.details(summary: Self.asCommand("digitbook predict --json", words: w), preformatted: try ReadingJSON.text(reading))
        output.headline = "\(name): \(reading.digit) (p=\(NumberText.fixed(reading.probability, 3)))"
        output.value("probability", ReportValue(.proportion, reading.probability))
    }

    /// "As `COMMAND` and the server's API give it", the command set as code.
    static func asCommand(_ command: String, words: LocalWords) -> [Inline] {
        let parts = words(.cellAsCommand).components(separatedBy: "{command}")
        var inlines: [Inline] = []
        for (index, part) in parts.enumerated() {
            if index > 0 { inlines.append(.code(command)) }
            if !part.isEmpty { inlines.append(.text(part)) }
        }
        return inlines
    }
}
