import Charts
import DatasetCatalog
import FileIO
import Foundation
import IDX
import NumberFormats
import Pages
import Training
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
        if try options.flag("number", default: false) {
            try NumberPrediction(runID: id, run: run, image: image, path: path).add(to: output)
            return
        }
        let preprocessed = try DigitPreprocessor().digit(inFile: path)
        let digit = preprocessed.digit
        let model = try InferenceModel(run.runFolder(for: "weights to run on an image"))
        let row = try model.probabilities(for: [digit]).flatMap { $0 }.map(Double.init)
        let classes = model.record.classNames
        let ranked = row.indices.sorted { row[$0] > row[$1] }
        let name = (image as NSString).lastPathComponent

        try output.figure("input",
            DigitGrid(items: [.init(pixels: digit.pixels, side: digit.width, caption: "\(digit.width)x\(digit.height) input")],
                                             columns: 1, imageSide: 140, title: name),
                          caption: "\(name) after preprocessing: cropped, scaled into a 20x20 box and centred by its centre of "
                              + "mass, as MNIST's digits are",
                          raster: true)
        output.paragraph("\(HTMLPage.escaped(id)) reads <strong "
            + "class=\"prediction\">\(HTMLPage.escaped(classes[ranked[0]]))</strong> with probability "
                         + NumberText.percent(row[ranked[0]], decimals: 1)
                         + (ranked.count > 1 ? "; next is \(HTMLPage.escaped(classes[ranked[1]])) "
                             + "(\(NumberText.percent(row[ranked[1]], decimals: 1)))." : "."))
        for warning in preprocessed.warnings { output.paragraph(HTMLPage.escaped("Note: " + warning + "; the reading may be unreliable.")) }
        try output.figure("probabilities", ProbabilityChart(classes: classes, probabilities: row, title: "\(id) on \(name)"),
                          caption: "The probability \(id) gives each class for \(name)")
        output.headline = "\(name): \(classes[ranked[0]]) (p=\(NumberText.fixed(row[ranked[0]], 3)))"
    }
}
