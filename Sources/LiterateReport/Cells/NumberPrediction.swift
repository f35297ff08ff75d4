import Foundation
import Localization
import NumberFormats
import Pages
import Readings
import UserImages

/// `predict` with `number: true`: the image read as a row of digits, with each digit's box drawn on it, the number,
/// and a table of the digits with their probabilities and boxes.
struct NumberPrediction {
    let result: NumberResult
    /// The report's language.
    var words = LocalWords.english

    func add(to output: CellOutputBuilder) throws {
        let name = result.file, w = words
        try output.figure("number", result.boxesPicture.speaking(w),
                          caption: w(.cellNumberCaption, ["file": name, "threshold": w.percent(result.threshold, decimals: 0)]),
                          raster: true)
        output.paragraph([.strong(Inline.plain(result.number), role: "prediction")])
        output.paragraph(ReadingWords(w.catalogue).sentence(result) + (result.check.map { " " + $0 } ?? ""))
        var table = HTMLTable(header: [w(.cellPosition), w(.cellDigit), w(.cellProbability), w(.cellBox)], numeric: [0, 2])
        table.append(contentsOf: result.digits.enumerated().map { index, digit in
            ["\(index + 1)", digit.digit, w.percent(digit.probability, decimals: 1), digit.box.map(String.init).joined(separator: ", ")]
        })
        output.table(table, caption: w(.cellNumberDigitsCaption, ["file": name]))
        output.details(summary: PredictCell.asCommand("digitbook predict --number --json", words: w),
                       preformatted: try ReadingJSON.text(result))
        output.headline = "\(name): \(result.number) (confidence \(NumberText.fixed(result.confidence, 3)))"
    }
}
