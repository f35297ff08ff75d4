import Foundation
import Localization

/// One prediction's class probabilities as bars, the predicted class highlighted (the original app's chart). Which
/// class is the prediction, and the sentence that describes it, come from the reading (Readings' `DigitReading`), so
/// the chart and the text beside it cannot disagree.
public struct ProbabilityChart: Chart {
    public let classes: [String]
    public let probabilities: [Double]
    /// The predicted class, drawn in colour.
    public let predicted: Int
    public let title: String
    /// The language of its axis titles, legend and description.
    public var language = LocalWords.english
    public let summary: String
    public let width: Double = 420
    public let height: Double = 260

    public init(classes: [String], probabilities: [Double], predicted: Int, title: String, summary: String) {
        self.classes = classes
        self.probabilities = probabilities
        self.predicted = predicted
        self.title = title
        self.summary = summary
    }

    public func draw(_ g: Graphics) {
        g.text(title, 16, 26, size: 15, bold: true)
        let axis = ValueAxis(low: 0, high: 1, top: 44, bottom: height - 40, left: 64, right: width - 16, percent: true)
        axis.draw(g, title: language(.chartProbability))
        let slot = (axis.right - axis.left) / Double(max(1, classes.count))
        for (index, probability) in probabilities.enumerated() {
            let x = axis.left + slot * Double(index) + slot * 0.15, top = axis.y(probability)
            g.fill(x, top, slot * 0.7, axis.bottom - top, index == predicted ? Color.series[0] : Color(hex: 0xB8C4CE))
            g.text(classes[index], x + slot * 0.35, axis.bottom + 16, size: 11, align: .centre, bold: index == predicted)
        }
        g.text(language(.chartClass), (axis.left + axis.right) / 2, height - 6, size: 11, align: .centre)
    }
}
