import Charts
import Localization
import Testing

/// A chart speaks the language it is given: its axis titles and legend drawn, its description written, its numbers
/// in that language's form; English unless told.
@Suite struct ChartWordsTests {
    static var matrix: ConfusionMatrixChart {
        ConfusionMatrixChart(labels: ["0", "1"], values: [[0.9, 0.1], [0.25, 0.75]], normalized: true, title: "M")
    }

    @Test func aChartDescribesItselfInItsLanguage() throws {
        #expect(Self.matrix.summary == "M: 82.5% of the weight lies on the diagonal; the most frequent confusion is true 1 "
            + "predicted as 0 (25.0% of its class).")
        let french = Self.matrix.speaking(LocalWords(language: "fr"))
        #expect(french.summary.contains("82,5\u{202F}%") && french.summary.contains("un vrai 1 prédit comme 0"), "\(french.summary)")
        let curves = TrainingCurvesChart(loss: [0.5, 0.3], accuracy: [0.9, 0.95], validationLoss: nil, validationAccuracy: nil,
                                         title: "T", language: LocalWords(language: "de"))
        #expect(curves.summary == "Trainingsgenauigkeit steigt in 2 Epochen von 90,0\u{00A0}% auf 95,0\u{00A0}%.", "\(curves.summary)")
    }

    @Test func theDrawnWordsChangeWithTheLanguage() throws {
        let english = try Self.matrix.svg(), spanish = try Self.matrix.speaking(LocalWords(language: "es")).svg()
        #expect(english != spanish, "the axis titles are drawn in Spanish")
        #expect(try Self.matrix.speaking(.english).svg() == english, "English is what a chart speaks unless told")
    }
}
