import Testing
@testable import Charts

/// The sweep chart: each grid point's mean where its value says, long legends wrapped, a summary from the data.
@Suite struct SweepChartTests {
    let chart = SweepChart(
        option: "batch_size", categories: ["32", "512"],
        groups: ["model=flatten-dense128-relu-dense128-relu-dense10", "model=flatten-dense128-relu-dense128-relu-dense128-relu-dense10"],
        points: [
            .init(category: 0, group: 0, scores: [0.97, 0.972, 0.968], mean: 0.97, interval: (0.965, 0.975)),
            .init(category: 1, group: 0, scores: [0.93, 0.935, 0.925], mean: 0.93, interval: (0.92, 0.94)),
            .init(category: 0, group: 1, scores: [0.971, 0.969, 0.973], mean: 0.971, interval: (0.966, 1.02)),
            .init(category: 1, group: 1, scores: [0.94, 0.95, 0.93], mean: 0.94, interval: (0.915, 0.965)),
        ],
        title: "Test accuracy by batch_size")

    @Test func wrapsALongLegendIntoRowsAndMakesRoomForIt() {
        #expect(chart.legend.map(\.row) == [0, 1], "two long group names take a row each")
        #expect(chart.axis.top == 84 && chart.height == 400)
        #expect(chart.axis.high <= 1, "an interval reaching past 100% does not stretch the axis past it")
    }

    @Test func drawsEachMeanWhereItsValueSays() throws {
        let image = try #require(PNGReadBack(try chart.png(scale: 1)))
        let axis = chart.axis, slot = (axis.right - axis.left) / 2, step = min(26, slot * 0.8 / 2)
        // The first group's mean at batch 512 (93%), a thick bar in its colour, left of the slot's centre.
        let x = axis.left + slot * 1.5 - step / 2, y = axis.y(0.93)
        let color = Color.series[0]
        #expect(image.matches(Int(x + 6), Int(y.rounded()), Int(color.red * 255), Int(color.green * 255), Int(color.blue * 255),
                              tolerance: 40))
        #expect(chart.summary == "Test accuracy by batch_size: the highest mean is 32 (model=flatten-dense128-relu-dense128-relu-"
            + "dense128-relu-dense10) at 97.10%, the lowest 512 (model=flatten-dense128-relu-dense128-relu-dense10) at 93.00%; seeds of "
            + "one point differ by up to 2.00 points.")
    }
}
