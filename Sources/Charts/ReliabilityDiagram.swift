import Foundation
import Localization

/// Accuracy against confidence per confidence bin, beside the diagonal of perfect calibration, and beneath it how many
/// images each bin holds (as scikit-learn's and Yellowbrick's calibration plots show them): a bin of one image must not
/// look as important as the bin that holds most of the test set.
public struct ReliabilityDiagram: Chart {
    /// One bin: its confidence range, how many examples, their mean confidence and accuracy.
    public struct Bin: Sendable {
        public let lower: Double, upper: Double
        public let count: Int
        public let confidence: Double, accuracy: Double

        public init(lower: Double, upper: Double, count: Int, confidence: Double, accuracy: Double) {
            self.lower = lower
            self.upper = upper
            self.count = count
            self.confidence = confidence
            self.accuracy = accuracy
        }
    }

    public let bins: [Bin]
    public let expectedCalibrationError: Double
    public let title: String
    /// The language of its axis titles, legend and description.
    public var language = LocalWords.english
    public let width: Double = 400
    public let height: Double = 500
    /// The accuracy plot's frame: its left and right edges, and its top and bottom.
    public let left = 64.0, top = 64.0
    public var right: Double { width - 20 }
    public let plotBottom = 330.0
    /// The counts' strip beneath it: the top and the bottom (zero) of its bars.
    public let countTop = 372.0, countBottom = 452.0

    public init(bins: [Bin], expectedCalibrationError: Double, title: String) {
        self.bins = bins
        self.expectedCalibrationError = expectedCalibrationError
        self.title = title
    }

    static let overConfident = Color(hex: 0xF2B48A)
    static let underConfident = Color(hex: 0x9CC7E6)

    public var summary: String {
        let total = bins.reduce(0) { $0 + $1.count }
        let top = bins.last { $0.count > 0 }
        let ece = language.percent(expectedCalibrationError, decimals: 2)
        guard let top, total > 0 else {
            return language(.chartReliabilitySummary, ["title": title, "ece": ece, "count": language.count(total)])
        }
        return language(.chartReliabilitySummaryTop, [
            "title": title, "ece": ece, "count": language.count(total),
            "share": language.percent(Double(top.count) / Double(total), decimals: 0),
            "accuracy": language.percent(top.accuracy, decimals: 1), "confidence": language.percent(top.confidence, decimals: 1),
        ])
    }

    public func draw(_ g: Graphics) {
        g.text(title, 16, 26, size: 15, bold: true)
        g.text(String(format: "ECE %.2f%%", 100 * expectedCalibrationError), 16, 46, size: 11, .muted)
        let bottom = plotBottom
        func x(_ v: Double) -> Double { left + (right - left) * v }
        func y(_ v: Double) -> Double { bottom - (bottom - top) * v }
        for tick in stride(from: 0.0, through: 1.0001, by: 0.2) {
            g.stroke([(left, y(tick)), (right, y(tick))], .grid)
            g.text(String(format: "%.0f%%", 100 * tick), left - 6, y(tick) + 4, size: 10, .muted, align: .right)
            g.text(String(format: "%.0f%%", 100 * tick), x(tick), bottom + 16, size: 10, .muted, align: .centre)
        }
        // Bars rise to each bin's accuracy; the gap to its mean confidence is light orange above the bar where the
        // model is over-confident, and light blue inside the bar where it is under-confident.
        for bin in bins where bin.count > 0 {
            let (x0, barWidth) = (x(bin.lower) + 1, x(bin.upper) - x(bin.lower) - 2)
            g.fill(x0, y(bin.accuracy), barWidth, bottom - y(bin.accuracy), Color.series[0])
            if bin.confidence > bin.accuracy {
                g.fill(x0, y(bin.confidence), barWidth, y(bin.accuracy) - y(bin.confidence), Self.overConfident)
            } else {
                g.fill(x0, y(bin.accuracy), barWidth, y(bin.confidence) - y(bin.accuracy), Self.underConfident)
            }
        }
        g.fill(right - 150, 38, 10, 10, Self.overConfident)
        g.text(language(.chartOverConfident), right - 136, 47, size: 10)
        g.fill(right - 150, 52, 10, 10, Self.underConfident)
        g.text(language(.chartUnderConfident), right - 136, 61, size: 10)
        g.stroke([(x(0), y(0)), (x(1), y(1))], .ink, width: 1.2, dashed: true)
        drawCounts(g, x: x)
        g.text(language(.chartConfidence), (left + right) / 2, height - 12, size: 11, align: .centre)
        g.text(language(.chartAccuracy), 16, (top + bottom) / 2, size: 11, align: .centre, rotated: true)
    }

    /// Each bin's number of images as a bar on a logarithmic scale (one image still shows, the bin holding most of the
    /// test set does not flatten the rest), with the count written above it.
    private func drawCounts(_ g: Graphics, x: (Double) -> Double) {
        g.text(language(.chartImagesPerBin), left, countTop - 14, size: 10, .muted)
        g.stroke([(left, countBottom), (right, countBottom)], .grid)
        let most = Double(bins.map(\.count).max() ?? 0)
        guard most > 0 else { return }
        for bin in bins where bin.count > 0 {
            let (x0, barWidth) = (x(bin.lower) + 1, x(bin.upper) - x(bin.lower) - 2)
            let height = (countBottom - countTop) * max(0.04, log10(1 + Double(bin.count)) / log10(1 + most))
            g.fill(x0, countBottom - height, barWidth, height, Color.series[0])
            g.text(Self.compact(bin.count), x0 + barWidth / 2, countBottom - height - 3, size: 8, .muted, align: .centre)
        }
    }

    /// A count in at most four characters: "812", "9.6k", "12k".
    static func compact(_ count: Int) -> String {
        if count < 1_000 { return "\(count)" }
        let thousands = Double(count) / 1_000
        return thousands < 10 ? String(format: "%.1fk", thousands) : String(format: "%.0fk", thousands)
    }
}
