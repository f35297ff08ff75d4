import Foundation
import Localization

/// Loss and accuracy per epoch in two panels, one line per series (training and validation, or several runs).
public struct TrainingCurvesChart: Chart {
    /// One line: a name for the legend, a value per epoch, and the panel it belongs to.
    public struct Series: Sendable {
        public enum Panel: Sendable { case loss, accuracy }
        public let name: String
        public let values: [Double]
        public let panel: Panel
        public let dashed: Bool

        public init(name: String, values: [Double], panel: Panel, dashed: Bool = false) {
            self.name = name
            self.values = values
            self.panel = panel
            self.dashed = dashed
        }
    }

    public let series: [Series]
    public let title: String
    /// The language of its axis titles, legend and description.
    public var language = LocalWords.english
    public let width: Double = 760
    public let height: Double = 330

    public init(series: [Series], title: String) {
        self.series = series
        self.title = title
    }

    /// Training and validation curves of one run.
    public init(loss: [Double], accuracy: [Double], validationLoss: [Double]?, validationAccuracy: [Double]?, title: String,
                language: LocalWords = .english) {
        var series = [Series(name: language(.chartTrainingLoss), values: loss, panel: .loss),
                      Series(name: language(.chartTrainingAccuracy), values: accuracy, panel: .accuracy)]
        if let validationLoss {
            series.append(Series(name: language(.chartValidationLoss), values: validationLoss, panel: .loss, dashed: true))
        }
        if let validationAccuracy {
            series.append(Series(name: language(.chartValidationAccuracy), values: validationAccuracy, panel: .accuracy, dashed: true))
        }
        self.init(series: series, title: title)
        self.language = language
    }

    public var summary: String {
        let accuracy = series.last { $0.panel == .accuracy && !$0.values.isEmpty }
        guard let accuracy, let first = accuracy.values.first, let last = accuracy.values.last else {
            return language(.chartNoEpochs, ["title": title])
        }
        let epochs = accuracy.values.count
        let name = accuracy.name.prefix(1).uppercased() + accuracy.name.dropFirst()
        let values: KeyValuePairs<String, String> = ["name": name, "first": language.percent(first, decimals: 1),
                                                     "last": language.percent(last, decimals: 1), "epochs": language.count(epochs)]
        if epochs == 1 { return language(.chartCurveOneEpoch, values) }
        return language(last > first ? .chartCurveRises : (last < first ? .chartCurveFalls : .chartCurveStays), values)
    }

    public func draw(_ g: Graphics) {
        g.text(title, 20, 24, size: 15, bold: true)
        let panelWidth = (width - 40) / 2
        drawPanel(g, .loss, name: language(.chartLoss), x: 20, width: panelWidth - 10)
        drawPanel(g, .accuracy, name: language(.chartAccuracy), x: 30 + panelWidth, width: panelWidth - 10)
    }

    /// Where the panels' plot areas are, for tests that look for the lines.
    func plotArea(_ panel: Series.Panel) -> (x: Double, y: Double, width: Double, height: Double) {
        let panelWidth = (width - 40) / 2
        let x = panel == .loss ? 20.0 : 30 + panelWidth
        let top = 82 + 14 * Double(legendRows(panel) - 1)
        return (x + 52, top, panelWidth - 10 - 52 - 8, height - top - 46)
    }

    /// Where each line's legend entry goes in its panel: the x offset from the plot's left edge, the row, and the
    /// name as it fits (entries flow left to right and wrap, by the names' widths; a name wider than the panel is cut
    /// with "…"), so that no two entries overlap however long the run names.
    func legend(_ panel: Series.Panel) -> [(x: Double, row: Int, name: String)] {
        let available = plotWidth - 8
        var entries: [(x: Double, row: Int, name: String)] = [], x = 0.0, row = 0
        for line in series where line.panel == panel {
            var name = line.name
            while name.count > 1, 22 + Graphics.width(of: name, size: 10) > available {
                name = String(name.dropLast(name.hasSuffix("…") ? 2 : 1)) + "…"
            }
            let wide = 22 + Graphics.width(of: name, size: 10) + 12
            if x > 0, x + wide > available {
                x = 0
                row += 1
            }
            entries.append((x, row, name))
            x += wide
        }
        return entries
    }

    /// The width of each panel's plot area.
    private var plotWidth: Double { (width - 40) / 2 - 10 - 52 - 8 }

    func legendRows(_ panel: Series.Panel) -> Int { max(1, (legend(panel).map(\.row).max() ?? 0) + 1) }

    /// The panel's ticks, round values covering its data; the axis runs from the first to the last, so every tick
    /// lies inside the plot area.
    func ticks(_ panel: Series.Panel) -> [Double] {
        let values = series.filter { $0.panel == panel }.flatMap(\.values).filter(\.isFinite)
        var low = values.min() ?? 0, high = values.max() ?? 1
        if high - low < 1e-9 {  // one epoch, or a flat line: a narrow band around it, not a span of 1
            let pad = max(abs(high) * 0.02, 0.005)
            (low, high) = (low - pad, high + pad)
        }
        if panel == .accuracy, values.allSatisfy({ $0 >= 0 && $0 <= 1 }) { (low, high) = (max(0, low), min(1, high)) }
        let ticks = NiceTicks.ticks(from: low, to: high, count: 4)
        return ticks.count > 1 ? ticks : [0, 1]
    }

    func range(_ panel: Series.Panel) -> (low: Double, high: Double) {
        let ticks = ticks(panel)
        return (ticks.first ?? 0, ticks.last ?? 1)
    }

    private func drawPanel(_ g: Graphics, _ panel: Series.Panel, name: String, x: Double, width: Double) {
        let area = plotArea(panel), (low, high) = range(panel)
        let lines = series.filter { $0.panel == panel }
        let epochs = max(1, lines.map(\.values.count).max() ?? 1)
        func px(_ epoch: Int) -> Double {
            epochs == 1 ? area.x + area.width / 2 : area.x + area.width * Double(epoch) / Double(epochs - 1)
        }
        func py(_ value: Double) -> Double { area.y + area.height * (1 - (value - low) / max(high - low, 1e-12)) }
        g.text(name, x, 52, size: 12, bold: true)
        let ticks = ticks(panel)
        let step = ticks.count > 1 ? ticks[1] - ticks[0] : 1
        for tick in ticks {
            g.stroke([(area.x, py(tick)), (area.x + area.width, py(tick))], .grid)
            let label = panel == .accuracy && high <= 1
                ? NiceTicks.label(100 * tick, step: 100 * step) + "%" : NiceTicks.label(tick, step: step)
            g.text(label, area.x - 6, py(tick) + 4, size: 10, .muted, align: .right)
        }
        let labelEvery = max(1, (epochs + 7) / 8)
        for epoch in stride(from: 0, to: epochs, by: labelEvery) {
            g.text(String(epoch + 1), px(epoch), area.y + area.height + 16, size: 10, .muted, align: .centre)
        }
        g.text(language(.chartEpoch), area.x + area.width / 2, area.y + area.height + 34, size: 11, align: .centre)
        let legend = legend(panel), rows = legendRows(panel)
        for (index, line) in lines.enumerated() {
            let color = Color.series[index % Color.series.count]
            let points = line.values.enumerated().map { (px($0.offset), py($0.element)) }
            g.stroke(points, color, width: 2, dashed: line.dashed)
            for point in points { g.circle(point.0, point.1, radius: 2.5, color) }
            let entry = legend[index]
            let legendX = area.x + 8 + entry.x, legendY = area.y - 14 + 14 * Double(entry.row - rows + 1)
            g.stroke([(legendX, legendY), (legendX + 18, legendY)], color, width: 2, dashed: line.dashed)
            g.text(entry.name, legendX + 22, legendY + 4, size: 10)
        }
    }
}
