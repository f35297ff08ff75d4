import Charts
import Foundation
import NumberFormats
import Pages
import Training
import UserImages

/// `predict` with `number: true`: the image read as a row of digits, with each digit's box drawn on it, the number,
/// and a table of the digits with their probabilities and boxes.
struct NumberPrediction {
    let runID: String
    let run: TrainedRun
    let image: String
    let path: String

    func add(to output: CellOutputBuilder) throws {
        let model = try InferenceModel(run.runFolder(for: "weights to run on an image"))
        let picture = try ImageDecoder.read(path)
        let reading = try NumberReader().read(picture, file: path, classify: model.probabilities(for:))
        let classes = model.record.classNames
        let names = reading.digits.map { classes.indices.contains($0.digit) ? classes[$0.digit] : "\($0.digit)" }
        let number = names.joined(), name = (image as NSString).lastPathComponent
        let boxes = zip(reading.digits, names).map { digit, reading in
            NumberBoxesPicture.Box(x: digit.box.x, y: digit.box.y, width: digit.box.width, height: digit.box.height, reading: reading,
                                   probability: Double(digit.probability),
                                   doubtful: NumberReading.isDoubtful(digit))
        }
        let shown = picture.thumbnail(fittingIn: 900)
        try output.figure("number", NumberBoxesPicture(pixels: shown.pixels, width: shown.width, height: shown.height,
                                                       photoWidth: picture.width, photoHeight: picture.height, boxes: boxes,
                                                       number: number),
                          caption: "\(name) read as a number: each digit's box and reading, doubtful ones "
                            + "(below \(NumberText.percent(NumberReading.checkThreshold, decimals: 0))) in orange",
                          raster: true)
        output.paragraph("\(HTMLPage.escaped(runID)) reads <strong class=\"prediction\">\(HTMLPage.escaped(number))</strong>: "
            + "\(reading.digits.count) digits, all of them right with probability \(NumberText.percent(reading.confidence, decimals: 1))."
            + (reading.checkAdvice(names: names).map { " " + HTMLPage.escaped($0) } ?? ""))
        var table = HTMLTable(header: ["Position", "Digit", "Probability", "Box (x, y, width, height)"], numeric: [0, 2])
        table.rows = zip(reading.digits, names).enumerated().map { index, pair in
            ["\(index + 1)", pair.1, NumberText.percent(Double(pair.0.probability), decimals: 1),
             pair.0.box.array.map(String.init).joined(separator: ", ")]
        }
        output.table(table, caption: "The digits of \(name), left to right")
        output.headline = "\(name): \(number) (confidence \(NumberText.fixed(reading.confidence, 3)))"
    }
}
