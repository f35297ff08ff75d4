import Charts
import Localization

/// `curves`: loss and accuracy per epoch; one run's training and validation curves, or several runs overlaid.
struct CurvesCell: CellRunner {
    /// The names the runs are shown by (their `name:`) are part of what the page shows.
    func keyInputs(_ cell: Cell, context: ReportContext) throws -> [String] {
        cell.runsUsed.map { "shown \($0) as \(context.document.shownName(ofRun: $0))" }
    }

    func run(_ cell: Cell, options: CellOptions, context: ReportContext, output: CellOutputBuilder) throws {
        let ids = cell.options["runs"] != nil ? try options.list("runs") : [try options.text("run")]
        guard !ids.isEmpty else { throw options.fail("runs", "name at least one run") }
        let names = ids.map(context.document.shownName(ofRun:))
        let chart: TrainingCurvesChart, w = context.words
        if ids.count == 1 {
            let history = try context.run(ids[0]).history()
            let validated = history.allSatisfy { $0.valLoss != nil && $0.valAccuracy != nil }
            chart = TrainingCurvesChart(loss: history.map(\.loss), accuracy: history.map(\.accuracy),
                                        validationLoss: validated ? history.compactMap(\.valLoss) : nil,
                                        validationAccuracy: validated ? history.compactMap(\.valAccuracy) : nil,
                                        title: w(.cellCurvesTitle, ["run": names[0]]), language: w)
        } else {
            chart = TrainingCurvesChart(series: try Self.overlaid(ids, context: context), title: w(.cellValidationCurves))
        }
        try output.figure("curves", chart, caption: ids.count == 1 ? w(.cellCurvesCaptionOne, ["run": names[0]])
            : w(.cellCurvesCaptionMany, ["runs": names.joined(separator: "; ")]))
        output.headline = chart.summary
    }

    /// One loss and one accuracy line per run: validation figures where the run has them, else training figures.
    static func overlaid(_ ids: [String], context: ReportContext) throws -> [TrainingCurvesChart.Series] {
        var series: [TrainingCurvesChart.Series] = []
        for id in ids {
            let history = try context.run(id).history()
            let validated = history.allSatisfy { $0.valLoss != nil && $0.valAccuracy != nil }
            let name = context.document.shownName(ofRun: id) + (validated ? "" : " (training)")
            series.append(.init(name: name, values: validated ? history.compactMap(\.valLoss) : history.map(\.loss), panel: .loss))
            series.append(.init(name: name, values: validated ? history.compactMap(\.valAccuracy) : history.map(\.accuracy),
                                panel: .accuracy))
        }
        return series
    }
}
