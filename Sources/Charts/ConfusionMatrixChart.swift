import Foundation
import Localization

/// A confusion-matrix heatmap: viridis cells annotated with counts (or percentages when normalised), text that
/// stays readable on dark and light cells, a colour bar, and "True label" / "Predicted label" axes.
public struct ConfusionMatrixChart: Chart {
    public let labels: [String]
    /// Rows by true label, columns by predicted label.
    public let values: [[Double]]
    /// Whether `values` are fractions (shown as percentages) rather than counts.
    public let normalized: Bool
    public let title: String
    /// The language of its axis titles, legend and description.
    public var language = LocalWords.english

    let cell: Double = 40
    let left: Double = 86, top: Double = 44, bottom: Double = 64, barWidth: Double = 14

    public init(labels: [String], values: [[Double]], normalized: Bool, title: String) {
        self.labels = labels
        self.values = values
        self.normalized = normalized
        self.title = title
    }

    public var width: Double { left + cell * Double(labels.count) + 100 }
    public var height: Double { top + cell * Double(labels.count) + bottom }
    /// The top of the colour scale: 100% when normalised, else the largest count.
    var maximum: Double { normalized ? 1 : max(values.joined().max() ?? 0, 1) }

    public var summary: String {
        let n = labels.count
        let diagonal = (0..<n).reduce(0.0) { $0 + values[$1][$1] }, total = values.joined().reduce(0, +)
        var worst: (Int, Int, Double)?
        for t in 0..<n { for p in 0..<n where t != p && values[t][p] > (worst?.2 ?? 0) { worst = (t, p, values[t][p]) } }
        let share = language.percent(total > 0 ? diagonal / total : 0, decimals: total > 0 ? 1 : 0)
        guard let (t, p, value) = worst else { return language(.chartConfusionAllDiagonal, ["title": title, "share": share]) }
        let amount = normalized ? language(.chartOfItsClass, ["share": language.percent(value, decimals: 1)])
            : language(.chartTimes, ["count": language.number(value, decimals: 0)])
        return language(.chartConfusionSummary, ["title": title, "share": share, "truth": labels[t], "predicted": labels[p],
                                                 "amount": amount])
    }

    public func draw(_ g: Graphics) {
        let n = labels.count, scale = maximum > 0 ? maximum : 1
        g.text(title, left, 26, size: 15, bold: true)
        for t in 0..<n {
            for p in 0..<n {
                let x = left + Double(p) * cell, y = top + Double(t) * cell, value = values[t][p]
                let color = Viridis.color(value / scale)
                g.fill(x, y, cell, cell, color)
                g.text(annotation(value), x + cell / 2, y + cell / 2 + 4, size: 11, color.readableText, align: .centre)
            }
            g.text(labels[t], left - 8, top + (Double(t) + 0.5) * cell + 4, size: 11, align: .right)
            g.text(labels[t], left + (Double(t) + 0.5) * cell, top + cell * Double(n) + 18, size: 11, align: .centre)
        }
        g.text(language(.chartPredictedLabel), left + cell * Double(n) / 2, top + cell * Double(n) + 46, size: 12, align: .centre,
               bold: true)
        g.text(language(.chartTrueLabel), 22, top + cell * Double(n) / 2, size: 12, align: .centre, bold: true, rotated: true)
        drawColourBar(g, x: left + cell * Double(n) + 22, height: cell * Double(n), scale: scale)
    }

    func annotation(_ value: Double) -> String {
        guard normalized else { return String(Int(value.rounded())) }
        let percent = 100 * value
        // Whole percents where that is honest; one decimal for small shares and for 99.5-99.9% (not "100%").
        let whole = percent == 0 || percent == 100 || (percent >= 9.95 && percent < 99.5)
        return String(format: whole ? "%.0f%%" : "%.1f%%", percent)
    }

    private func drawColourBar(_ g: Graphics, x: Double, height: Double, scale: Double) {
        let steps = 64
        for step in 0..<steps {
            let fraction = Double(step) / Double(steps - 1)
            g.fill(x, top + height * (1 - Double(step + 1) / Double(steps)), barWidth, height / Double(steps) + 0.3,
                   Viridis.color(fraction))
        }
        let ticks = NiceTicks.ticks(from: 0, to: scale).filter { $0 <= scale + 1e-9 }
        let step = ticks.count > 1 ? ticks[1] - ticks[0] : 1
        for tick in ticks {
            let y = top + height * (1 - tick / scale)
            g.stroke([(x + barWidth, y), (x + barWidth + 4, y)], .ink)
            let label = normalized ? String(format: "%.0f%%", 100 * tick) : NiceTicks.label(tick, step: step)
            g.text(label, x + barWidth + 7, y + 4, size: 10)
        }
    }
}
