import Testing
@testable import Charts

@Suite struct MoreChartsTests {
    func rgb(_ color: Color) -> (Int, Int, Int) {
        (Int((color.red * 255).rounded()), Int((color.green * 255).rounded()), Int((color.blue * 255).rounded()))
    }

    @Test func probabilityBarsRiseToTheirValuesAndHighlightThePrediction() throws {
        let chart = ProbabilityChart(classes: (0..<10).map(String.init),
                                     probabilities: [0.01, 0.01, 0.02, 0.01, 0.05, 0.01, 0.01, 0.8, 0.04, 0.04], predicted: 7,
                                     title: "p", summary: "s")
        let image = try #require(PNGReadBack(try chart.png(scale: 2)))
        let slot = (chart.width - 16 - 64) / 10, bottom = chart.height - 40, top = 44.0
        let xPredicted = 64 + slot * 7.5, heightPredicted = (bottom - top) * 0.8
        let (r, g, b) = rgb(Color.series[0])
        #expect(image.matches(Int(xPredicted * 2), Int((bottom - heightPredicted + 3) * 2), r, g, b), "the 80% bar reaches 80%")
        #expect(!image.matches(Int(xPredicted * 2), Int((bottom - heightPredicted - 6) * 2), r, g, b), "and stops there")
        #expect(!image.matches(Int((64 + slot * 4.5) * 2), Int((bottom - 3) * 2), r, g, b), "other bars are not highlighted")
    }

    @Test func perClassBarsAndSummary() throws {
        let chart = PerClassMetricsChart(classes: ["0", "1"], precision: [0.9, 0.99], recall: [0.95, 0.98], f1: [0.92, 0.985],
                                         title: "Per class")
        let image = try #require(PNGReadBack(try chart.png(scale: 1)))
        #expect(image.width == Int(chart.width))
        #expect(chart.summary == "Per class: F1 is lowest for class 0 (0.920) and highest for class 1 (0.985).")
        let axis = chart.axis
        let slot = (axis.right - axis.left) / 2, bar = slot * 0.8 / 3
        let x = axis.left + slot + slot * 0.1 + 2 * bar + bar / 2  // class 1's F1 bar
        let (r, g, b) = rgb(Color.series[2])
        #expect(image.matches(Int(x), Int(axis.y(0.985) + 3), r, g, b))
    }

    @Test func reliabilityBarsStandAtTheirAccuracy() throws {
        let bins = (0..<15).map { i -> ReliabilityDiagram.Bin in
            let lower = Double(i) / 15, upper = Double(i + 1) / 15
            return .init(lower: lower, upper: upper, count: i == 14 ? 90 : (i == 10 ? 10 : 0), confidence: i == 14 ? 0.98 : 0.7,
                         accuracy: i == 14 ? 0.6 : 0.7)
        }
        let chart = ReliabilityDiagram(bins: bins, expectedCalibrationError: 0.342, title: "Calibration")
        let image = try #require(PNGReadBack(try chart.png(scale: 2)))
        let (left, right, top, bottom) = (chart.left, chart.right, chart.top, chart.plotBottom)
        let x = left + (right - left) * (14.5 / 15)
        let (r, g, b) = rgb(Color.series[0])
        #expect(image.matches(Int(x * 2), Int((bottom - (bottom - top) * 0.3) * 2), r, g, b), "the top bin's bar is filled below 60%")
        #expect(chart.summary.hasPrefix("Calibration: expected calibration error 34.20% over 100 examples"))
        // Beneath, each bin's count: a bar for the 90 images of the top bin and for the 10 of bin 10 (shorter, on a log
        // scale), none for an empty bin.
        let countLine = Int((chart.countBottom - 2) * 2)
        #expect(image.matches(Int(x * 2), countLine, r, g, b), "the top bin's count bar")
        let tenth = left + (right - left) * (10.5 / 15), empty = left + (right - left) * (3.5 / 15)
        #expect(image.matches(Int(tenth * 2), countLine, r, g, b), "bin 10's count bar")
        #expect(!image.matches(Int(empty * 2), countLine, r, g, b), "no bar for an empty bin")
        let tall = chart.countBottom - (chart.countBottom - chart.countTop) * 0.9
        #expect(image.matches(Int(x * 2), Int(tall * 2), r, g, b) && !image.matches(Int(tenth * 2), Int(tall * 2), r, g, b),
                "log10(11)/log10(91) of the height: bin 10's bar stops well below the top bin's")
    }

    @Test(arguments: [(0, "0"), (812, "812"), (1_000, "1.0k"), (9_612, "9.6k"), (12_400, "12k")])
    func binCountsAreCompact(count: Int, expected: String) {
        #expect(ReliabilityDiagram.compact(count) == expected)
    }

    @Test func digitGridDrawsThePixels() throws {
        var pixels = [UInt8](repeating: 0, count: 28 * 28)
        for row in 4..<24 { pixels[row * 28 + 14] = 255 }
        let chart = DigitGrid(items: [.init(pixels: pixels, side: 28, caption: "1 → 7 (0.91)")], title: "Misclassified")
        let image = try #require(PNGReadBack(try chart.png(scale: 2)))
        let x = 16 + (chart.cell - chart.image) / 2 - 8, y = 40.0, unit = chart.image / 28
        #expect(image.matches(Int((x + 14.5 * unit) * 2), Int((y + 14 * unit) * 2), 0, 0, 0), "ink is dark")
        #expect(image.matches(Int((x + 3 * unit) * 2), Int((y + 14 * unit) * 2), 255, 255, 255), "background is light")
        #expect(chart.summary == "Misclassified: 1 image, the first captioned 1 → 7 (0.91).")
    }
}
