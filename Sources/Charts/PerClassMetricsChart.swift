import Foundation
import Localization

/// Grouped bars of per-class precision, recall and F1.
public struct PerClassMetricsChart: Chart {
    public let classes: [String]
    public let precision: [Double], recall: [Double], f1: [Double]
    public let title: String
    /// The language of its axis titles, legend and description.
    public var language = LocalWords.english
    public let height: Double = 330
    public var width: Double { max(420, 90 + Double(classes.count) * 54) }

    public init(classes: [String], precision: [Double], recall: [Double], f1: [Double], title: String) {
        self.classes = classes
        self.precision = precision
        self.recall = recall
        self.f1 = f1
        self.title = title
    }

    public var summary: String {
        guard let worst = f1.indices.min(by: { f1[$0] < f1[$1] }), let best = f1.indices.max(by: { f1[$0] < f1[$1] }) else {
            return language(.chartNoClasses, ["title": title])
        }
        return language(.chartPerClassSummary, [
            "title": title, "worst": classes[worst], "worstF1": language.number(f1[worst], decimals: 3),
            "best": classes[best], "bestF1": language.number(f1[best], decimals: 3),
        ])
    }

    /// The axis starts near the lowest value, so small differences between classes stay visible.
    var axis: ValueAxis {
        let lowest = (precision + recall + f1).min() ?? 0
        return ValueAxis(low: max(0, lowest - 0.02), high: 1, top: 64, bottom: height - 44, left: 64, right: width - 16, percent: false)
    }

    public func draw(_ g: Graphics) {
        g.text(title, 16, 26, size: 15, bold: true)
        let axis = self.axis
        axis.draw(g, title: language(.chartScore))
        let names = [language(.chartPrecision), language(.chartRecall), language(.chartF1)], groups = [precision, recall, f1]
        for (index, name) in names.enumerated() {
            let x = 64 + Double(index) * 110
            g.fill(x, 40, 12, 12, Color.series[index])
            g.text(name, x + 17, 50, size: 11)
        }
        let slot = (axis.right - axis.left) / Double(max(1, classes.count)), bar = slot * 0.8 / 3
        for (column, name) in classes.enumerated() {
            let start = axis.left + slot * Double(column) + slot * 0.1
            for (index, values) in groups.enumerated() {
                let value = max(values[column], axis.low), top = axis.y(value)
                g.fill(start + Double(index) * bar, top, bar - 1, axis.bottom - top, Color.series[index])
            }
            g.text(name, start + slot * 0.4, axis.bottom + 16, size: 10, align: .centre)
        }
        g.text(language(.chartClass), (axis.left + axis.right) / 2, height - 8, size: 11, align: .centre)
    }
}
