import Foundation
import NumberFormats
import Pages
import Readings
import UserImages

/// `predict` with `number: true`: the image read as a row of digits, with each digit's box drawn on it, the number,
/// and a table of the digits with their probabilities and boxes.
struct NumberPrediction {
    let result: NumberResult

    func add(to output: CellOutputBuilder) throws {
        let name = result.file
        try output.figure("number", result.boxesPicture,
                          caption: "\(name) read as a number: each digit's box and reading, doubtful ones "
                            + "(below \(NumberText.percent(result.threshold, decimals: 0))) in orange",
                          raster: true)
        output.paragraph([.strong(Inline.plain(result.number), role: "prediction")])
        output.paragraph(result.sentence + (result.check.map { " " + $0 } ?? ""))
        var table = HTMLTable(header: ["Position", "Digit", "Probability", "Box (x, y, width, height)"], numeric: [0, 2])
        table.append(contentsOf: result.digits.enumerated().map { index, digit in
            ["\(index + 1)", digit.digit, DigitReading.percent(digit.probability),
             digit.box.map(String.init).joined(separator: ", ")]
        })
        output.table(table, caption: "The digits of \(name), left to right")
        output.details(summary: [.text("As "), .code("digitbook predict --number --json"), .text(" and the server's API give it")],
                       preformatted: try ReadingJSON.text(result))
        output.headline = "\(name): \(result.number) (confidence \(NumberText.fixed(result.confidence, 3)))"
    }
}
