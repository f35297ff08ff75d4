import Foundation
import Testing
@testable import Charts

@Suite struct ChartsTests {
    let labels = (0..<10).map(String.init)

    /// A matrix with one dominant cell, one empty cell, and a clear most-confused pair (true 4 → predicted 9).
    var counts: [[Double]] {
        var values = (0..<10).map { t in (0..<10).map { p in t == p ? 90.0 : 1.0 } }
        values[3][3] = 200
        values[4][9] = 30
        values[7][2] = 0
        return values
    }

    func rgb(_ color: Color) -> (Int, Int, Int) {
        (Int((color.red * 255).rounded()), Int((color.green * 255).rounded()), Int((color.blue * 255).rounded()))
    }

    @Test func heatmapPutsTheDarkestAndLightestCellsWhereTheCountsSay() throws {
        let chart = ConfusionMatrixChart(labels: labels, values: counts, normalized: false, title: "Confusion matrix")
        let image = try #require(PNGReadBack(try chart.png(scale: 2)))
        #expect(image.width == Int(chart.width * 2) && image.height == Int(chart.height * 2))
        func cornerOfCell(_ t: Int, _ p: Int) -> (Int, Int) {
            (Int((chart.left + Double(p) * chart.cell + 3) * 2), Int((chart.top + Double(t) * chart.cell + 3) * 2))
        }
        let (lx, ly) = cornerOfCell(3, 3), (dx, dy) = cornerOfCell(7, 2)
        let (yr, yg, yb) = rgb(Viridis.color(1)), (pr, pg, pb) = rgb(Viridis.color(0))
        #expect(image.matches(lx, ly, yr, yg, yb), "the largest count is the lightest (yellow) cell")
        #expect(image.matches(dx, dy, pr, pg, pb), "an empty cell is the darkest (purple) cell")
        let (mx, my) = cornerOfCell(4, 9), (mr, mg, mb) = rgb(Viridis.color(30.0 / 200))
        #expect(image.matches(mx, my, mr, mg, mb))
    }

    @Test func cellTextIsReadableOnDarkAndLightCells() {
        #expect(Viridis.color(0).readableText == .white)
        #expect(Viridis.color(1).readableText == .ink)
    }

    @Test func curvesAreDrawnWhereTheirValuesSay() throws {
        let chart = TrainingCurvesChart(loss: [0.5, 0.2, 0.1], accuracy: [0.90, 0.95, 0.97], validationLoss: nil,
                                        validationAccuracy: [0.93, 0.96, 0.98], title: "Training")
        let image = try #require(PNGReadBack(try chart.png(scale: 2)))
        let area = chart.plotArea(.accuracy), (low, high) = chart.range(.accuracy)
        for (epoch, value) in [0.93, 0.96, 0.98].enumerated() {
            let x = area.x + area.width * Double(epoch) / 2, y = area.y + area.height * (1 - (value - low) / (high - low))
            let (r, g, b) = rgb(Color.series[1])
            #expect(image.matches(Int(x * 2), Int(y * 2), r, g, b, tolerance: 30), "validation accuracy at epoch \(epoch + 1)")
        }
        #expect(chart.summary == "Validation accuracy rises from 93.0% to 98.0% over 3 epochs.")
        let one = TrainingCurvesChart(series: [.init(name: "validation accuracy", values: [0.985], panel: .accuracy)], title: "x")
        #expect(one.summary == "Validation accuracy is 98.5% after 1 epoch.")
    }

    @Test("Every grid line of a curves panel lies inside its plot area, one epoch or many, so no tick meets a title")
    func curveTicksStayInsideThePlot() throws {
        for (loss, accuracy) in [([0.06], [0.985]), ([0.26, 0.11], [0.93, 0.97]), ([2.3, 2.3], [0.1, 0.1])] {
            let chart = TrainingCurvesChart(loss: loss, accuracy: accuracy, validationLoss: nil, validationAccuracy: nil, title: "x")
            let image = try #require(PNGReadBack(try chart.png(scale: 2)))
            let (r, g, b) = rgb(Color.grid)
            for panel in [TrainingCurvesChart.Series.Panel.loss, .accuracy] {
                let area = chart.plotArea(panel), x = Int((area.x + area.width - 3) * 2)
                let rows = (0..<Int(chart.height * 2)).filter { image.matches(x, $0, r, g, b, tolerance: 6) }
                #expect(!rows.isEmpty)
                #expect(rows.allSatisfy { Double($0) >= area.y * 2 - 2 && Double($0) <= (area.y + area.height) * 2 + 2 },
                        "grid rows \(rows) outside \(area.y * 2)…\((area.y + area.height) * 2) for \(panel) of \(accuracy)")
            }
            #expect(chart.range(.accuracy).high <= 1, "an accuracy axis ends at 100% at most")
        }
    }

    @Test func svgIsTheSameBytesForTheSameData() throws {
        let chart = ConfusionMatrixChart(labels: labels, values: counts, normalized: false, title: "Confusion matrix")
        let first = try chart.svg()
        _ = try TrainingCurvesChart(loss: [1], accuracy: [0.5], validationLoss: nil, validationAccuracy: nil, title: "x").svg()
        #expect(try chart.svg() == first)
        let text = String(decoding: first, as: UTF8.self)
        #expect(text.hasPrefix("<?xml") && text.contains("<svg"))
    }

    @Test func summariesComeFromTheData() {
        let counted = ConfusionMatrixChart(labels: labels, values: counts, normalized: false, title: "Test set")
        #expect(counted.summary.contains("true 4 predicted as 9 (30 times)"))
        let normalized = ConfusionMatrixChart(labels: ["a", "b"], values: [[0.9, 0.1], [0.2, 0.8]], normalized: true, title: "Recall")
        #expect(normalized.summary.contains("true b predicted as a (20.0% of its class)"))
    }

    @Test func ticksAreRound() {
        #expect(NiceTicks.ticks(from: 0.93, to: 0.98, count: 4) == [0.92, 0.94, 0.96, 0.98])
        #expect(NiceTicks.ticks(from: 0, to: 200) == [0, 50, 100, 150, 200])
        #expect(NiceTicks.label(0.25, step: 0.05) == "0.25")
        #expect(NiceTicks.label(150, step: 50) == "150")
    }
}

@Suite struct ConfusionAnnotationTests {
    @Test func normalisedCellsNeverRoundUpToAWholeClass() throws {
        let chart = ConfusionMatrixChart(labels: ["a", "b"], values: [[0.997, 0.003], [0.5, 0.5]], normalized: true, title: "t")
        #expect(chart.maximum == 1, "the colour scale runs to 100%")
        #expect(chart.annotation(0.997) == "99.7%")
        #expect(chart.annotation(1) == "100%")
        #expect(chart.annotation(0.5) == "50%")
        #expect(chart.annotation(0.003) == "0.3%")
        #expect(chart.annotation(0) == "0%")
        let counts = ConfusionMatrixChart(labels: ["a"], values: [[977]], normalized: false, title: "t")
        #expect(counts.annotation(977) == "977")
    }
}
