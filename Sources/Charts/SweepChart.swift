import Foundation
import Localization

/// Test accuracy against one swept option: every seed's run as a dot and each grid point's mean with its interval
/// over seeds, grouped side by side by the other swept options.
public struct SweepChart: Chart {
    /// One grid point: its value of the charted option, its group (the other options' values) and its seeds' scores.
    public struct Point: Sendable {
        public let category: Int, group: Int
        public let scores: [Double]
        public let mean: Double
        public let interval: (lower: Double, upper: Double)?

        public init(category: Int, group: Int, scores: [Double], mean: Double, interval: (lower: Double, upper: Double)?) {
            self.category = category
            self.group = group
            self.scores = scores
            self.mean = mean
            self.interval = interval
        }
    }

    public let option: String
    public let categories: [String]
    /// The other options' values of each group ("batch_size=32"); one empty name when only one option is swept.
    public let groups: [String]
    public let points: [Point]
    public let title: String
    /// The language of its axis titles, legend and description.
    public var language = LocalWords.english
    public var height: Double { 360 + 20 * Double((legend.map(\.row).max() ?? 0) + 1) }

    public init(option: String, categories: [String], groups: [String], points: [Point], title: String) {
        self.option = option
        self.categories = categories
        self.groups = groups
        self.points = points
        self.title = title
    }

    var slot: Double { max(90, 26 * Double(groups.count) + 30, 7 * Double(labelLines.joined().map(\.count).max() ?? 0)) }
    public var width: Double { max(440, 80 + slot * Double(categories.count)) }

    /// Each category's label broken after hyphens into lines of at most 16 characters (model specs are long).
    var labelLines: [[String]] {
        categories.map { label in
            var lines: [String] = [], line = ""
            for part in label.split(separator: "-", omittingEmptySubsequences: false).map(String.init) {
                let piece = line.isEmpty ? part : line + "-" + part
                if piece.count > 16, !line.isEmpty {
                    lines.append(line + "-")
                    line = part
                } else {
                    line = piece
                }
            }
            return lines + [line]
        }
    }

    public var summary: String {
        guard let best = points.max(by: { $0.mean < $1.mean }), let worst = points.min(by: { $0.mean < $1.mean }) else {
            return language(.chartNoRuns, ["title": title])
        }
        func name(_ point: Point) -> String {
            categories[point.category] + (groups[point.group].isEmpty ? "" : " (\(groups[point.group]))")
        }
        let spread = points.map { ($0.scores.max() ?? 0) - ($0.scores.min() ?? 0) }.max() ?? 0
        return language(.chartSweepSummary, [
            "title": title, "best": name(best), "bestMean": language.percent(best.mean, decimals: 2), "worst": name(worst),
            "worstMean": language.percent(worst.mean, decimals: 2), "spread": language.number(100 * spread, decimals: 2),
        ])
    }

    /// The legend's entries (x offset, row), wrapped into rows that fit the width; empty for a single group.
    var legend: [(x: Double, row: Int)] {
        guard groups.count > 1 else { return [] }
        var entries: [(Double, Int)] = [], x = 64.0, row = 0
        for name in groups {
            let wide = 14 + Graphics.width(of: name, size: 11) + 16
            if x > 64, x + wide > width - 16 {
                x = 64
                row += 1
            }
            entries.append((x, row))
            x += wide
        }
        return entries
    }

    var axis: ValueAxis {
        let values = points.flatMap { $0.scores + [$0.interval?.lower, $0.interval?.upper].compactMap { $0 } }
        let low = values.min() ?? 0, high = values.max() ?? 1
        let margin = max(0.002, (high - low) * 0.1)
        let rows = Double((legend.map(\.row).max() ?? -1) + 1)
        return ValueAxis(low: max(0, low - margin), high: min(1, high + margin), top: 44 + 20 * rows, bottom: height - 70,
                         left: 64, right: width - 16, percent: true)
    }

    public func draw(_ g: Graphics) {
        g.text(title, 16, 26, size: 15, bold: true)
        let axis = self.axis
        axis.draw(g, title: language(.chartTestAccuracy))
        for (index, entry) in legend.enumerated() {
            let y = 46 + 20 * Double(entry.row)
            g.circle(entry.x + 5, y, radius: 5, Color.series[index % Color.series.count])
            g.text(groups[index], entry.x + 14, y + 4, size: 11)
        }
        let slot = (axis.right - axis.left) / Double(max(1, categories.count))
        let step = min(26, slot * 0.8 / Double(max(1, groups.count)))
        for point in points {
            let centre = axis.left + slot * (Double(point.category) + 0.5) + step * (Double(point.group) - Double(groups.count - 1) / 2)
            let color = Color.series[point.group % Color.series.count]
            let faint = Color(red: color.red, green: color.green, blue: color.blue, alpha: 0.45)
            for (index, score) in point.scores.enumerated() {
                let jitter = (Double(index % 5) - 2) * 1.6
                g.circle(centre + jitter, axis.y(score), radius: 3, faint)
            }
            if let interval = point.interval.map({ (lower: max(0, $0.lower), upper: min(1, $0.upper)) }) {
                g.stroke([(centre, axis.y(interval.lower)), (centre, axis.y(interval.upper))], color, width: 1.5)
                for end in [interval.lower, interval.upper] {
                    g.stroke([(centre - 4, axis.y(end)), (centre + 4, axis.y(end))], color, width: 1.5)
                }
            }
            g.stroke([(centre - 8, axis.y(point.mean)), (centre + 8, axis.y(point.mean))], color, width: 3)
        }
        for (column, lines) in labelLines.enumerated() {
            for (row, line) in lines.enumerated() {
                g.text(line, axis.left + slot * (Double(column) + 0.5), axis.bottom + 16 + 12 * Double(row), size: 10, align: .centre)
            }
        }
        g.text(option, (axis.left + axis.right) / 2, height - 8, size: 11, align: .centre)
    }
}
