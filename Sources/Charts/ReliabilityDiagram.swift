import Foundation

/// Accuracy against confidence per confidence bin, beside the diagonal of perfect calibration.
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
    public let width: Double = 400
    public let height: Double = 400

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
        var text = String(format: "%@: expected calibration error %.2f%% over %d examples", title, 100 * expectedCalibrationError, total)
        if let top, total > 0 {
            text += String(format: "; %.0f%% of them fall in the most confident non-empty bin, where accuracy is %.1f%% at confidence %.1f%%",
                           100 * Double(top.count) / Double(total), 100 * top.accuracy, 100 * top.confidence)
        }
        return text + "."
    }

    public func draw(_ g: Graphics) {
        g.text(title, 16, 26, size: 15, bold: true)
        g.text(String(format: "ECE %.2f%%", 100 * expectedCalibrationError), 16, 46, size: 11, .muted)
        let (left, right, top, bottom) = (64.0, width - 20, 64.0, height - 48)
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
        g.text("over-confident", right - 136, 47, size: 10)
        g.fill(right - 150, 52, 10, 10, Self.underConfident)
        g.text("under-confident", right - 136, 61, size: 10)
        g.stroke([(x(0), y(0)), (x(1), y(1))], .ink, width: 1.2, dashed: true)
        g.text("Confidence", (left + right) / 2, height - 12, size: 11, align: .centre)
        g.text("Accuracy", 16, (top + bottom) / 2, size: 11, align: .centre, rotated: true)
    }
}
