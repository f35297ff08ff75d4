import Foundation
import Localization

/// How a class's scores spread: a bar per band of points from 0 to the maximum, the median marked.
public struct ScoreHistogram: Chart {
    public let scores: [Double]
    public let maximum: Double
    public let bands: Int
    public let title: String
    /// The language of its axis titles, legend and description.
    public var language = LocalWords.english
    public let width: Double = 560, height: Double = 300

    /// `bands` equal bands from 0 to `maximum`; the last band includes the maximum itself.
    public init(scores: [Double], maximum: Double, bands: Int = 10, title: String) {
        self.scores = scores
        self.maximum = maximum > 0 ? maximum : 1
        self.bands = max(1, bands)
        self.title = title
    }

    /// Scores per band.
    public var counts: [Int] {
        var counts = [Int](repeating: 0, count: bands)
        for score in scores where score.isFinite {
            counts[min(bands - 1, max(0, Int(score / maximum * Double(bands))))] += 1
        }
        return counts
    }

    public var median: Double? {
        let sorted = scores.filter(\.isFinite).sorted()
        guard !sorted.isEmpty else { return nil }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    public var summary: String {
        guard let median else { return language(.chartNoScores, ["title": title]) }
        let busiest = counts.indices.max { counts[$0] < counts[$1] } ?? 0
        return language(.chartScoresSummary, [
            "title": title, "count": language.count(scores.count), "median": language.number(median, decimals: 1),
            "maximum": language.number(maximum, decimals: 0), "low": language.number(band(busiest).lower, decimals: 0),
            "high": language.number(band(busiest).upper, decimals: 0),
        ])
    }

    func band(_ index: Int) -> (lower: Double, upper: Double) {
        (maximum * Double(index) / Double(bands), maximum * Double(index + 1) / Double(bands))
    }

    public func draw(_ g: Graphics) {
        g.text(title, 16, 26, size: 15, bold: true)
        let counts = self.counts
        // A multiple of 5 students on top keeps the ticks whole numbers.
        let top = Double(max(5, ((counts.max() ?? 0) + 4) / 5 * 5))
        let axis = ValueAxis(low: 0, high: top, top: 48, bottom: height - 48, left: 56, right: width - 16,
                             percent: false)
        axis.draw(g, title: language(.chartStudents))
        let slot = (axis.right - axis.left) / Double(bands)
        for (index, count) in counts.enumerated() where count > 0 {
            let top = axis.y(Double(count))
            g.fill(axis.left + slot * Double(index) + 1, top, slot - 2, axis.bottom - top, Color.series[0])
        }
        for index in 0...bands where index % max(1, bands / 5) == 0 || index == bands {
            g.text(String(format: "%.0f", band(0).lower + maximum * Double(index) / Double(bands)), axis.left + slot * Double(index),
                   axis.bottom + 16, size: 10, align: .centre)
        }
        if let median {
            let x = axis.left + (axis.right - axis.left) * median / maximum
            g.stroke([(x, axis.top - 6), (x, axis.bottom)], Color.series[1], width: 2, dashed: true)
            let label = String(format: "median %.1f", median)
            if x > width - 100 {
                g.text(label, x - 4, axis.top - 8, size: 10, Color.series[1], align: .right)
            } else {
                g.text(label, x + 4, axis.top - 8, size: 10, Color.series[1])
            }
        }
        g.text(language(.chartPoints), (axis.left + axis.right) / 2, height - 10, size: 11, align: .centre)
    }
}
