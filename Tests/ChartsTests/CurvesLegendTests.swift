import CCairo
import Testing
@testable import Charts

@Suite("The curves chart's legend: entries never overlap and never leave their panel")
struct CurvesLegendTests {
    /// The width DejaVu Sans at 10 points gives `text`, measured by Cairo as the chart draws it.
    static func measured(_ text: String) -> Double {
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 10, 10) else { return .infinity }
        defer { cairo_surface_destroy(surface) }
        guard let context = cairo_create(surface) else { return .infinity }
        defer { cairo_destroy(context) }
        cairo_select_font_face(context, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL)
        cairo_set_font_size(context, 10)
        var extents = cairo_text_extents_t()
        cairo_text_extents(context, text, &extents)
        return extents.x_advance
    }

    @Test("Sweep run ids wrap into rows, each entry as wide as its drawn name, within the panel")
    func longNamesWrapWithoutOverlapping() {
        let names = ["depth[model=flatten-dense10,batch_size=32,seed=1]",
                     "depth[model=flatten-dense128-relu-dense10,batch_size=32,seed=1]",
                     "cnn", "mlp", "WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW", "logreg"]
        let chart = TrainingCurvesChart(series: names.map { .init(name: $0, values: [0.9, 0.95], panel: .accuracy) }, title: "x")
        let legend = chart.legend(.accuracy), area = chart.plotArea(.accuracy)
        #expect(legend.count == names.count)
        #expect(chart.legendRows(.accuracy) > 1)
        for (index, entry) in legend.enumerated() {
            let right = 8 + entry.x + 22 + Self.measured(entry.name)
            #expect(right <= area.width, "\(entry.name) ends at \(right), past the plot's \(area.width)")
            if let next = legend.dropFirst(index + 1).first, next.row == entry.row {
                #expect(entry.x + 22 + Self.measured(entry.name) < next.x, "\(entry.name) runs into \(next.name)")
            }
        }
        #expect(legend[4].name.hasSuffix("…"), "a name wider than the panel is cut")
        #expect(legend[2].name == "cnn")
    }
}
