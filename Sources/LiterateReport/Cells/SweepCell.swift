import Charts
import ClassifierMetrics
import Foundation
import Localization
import NumberFormats
import Pages

/// `sweep`: a grid of training options × seeds, each an ordinary cached train run (trained before this cell, by the
/// renderer), summed up per grid point over seeds, charted against each swept option and tested pairwise with
/// Welch's t test over seeds, Holm-corrected.
struct SweepCell: CellRunner {
    /// The runs' keys decide the result; training times are in the page only under `provenance: timings`.
    func keyInputs(_ cell: Cell, context: ReportContext) throws -> [String] {
        let plan = try SweepPlan(cell, file: context.document.file)
        let runs = try plan.members.map { member throws(CellFailure) in
            "run \(member.id) \((try context.run(member.id).directory as NSString).lastPathComponent)"
        }
        return runs + ["timings \(context.frontMatter.timingsInPage)"]
    }

    func run(_ cell: Cell, options: CellOptions, context: ReportContext, output: CellOutputBuilder) throws {
        let plan = try SweepPlan(cell, file: context.document.file)
        let results = try plan.points.map { point in try SweepPointResult(plan: plan, point: point, context: context) }
        let timings = context.frontMatter.timingsInPage, w = context.words

        if plan.parameters.count == 2 {
            output.table(Self.matrix(plan: plan, results: results, words: w), caption: Self.matrixCaption(plan, words: w))
        }
        var header = plan.parameters + [w(.cellSeeds), w(.cellMeanTestAccuracy), w(.cellSDOverSeeds), w(.cellTInterval)]
        if timings { header.append(w(.cellMeanTrainingTime)) }
        var table = HTMLTable(header: header, numeric: Set(plan.parameters.count..<header.count))
        for result in results {
            var row = result.point.map(plan.shown) + ["\(result.accuracies.count)", w.percent(result.summary.mean, decimals: 2),
                                      result.summary.standardDeviation.map { w.percent($0, decimals: 2) } ?? "–",
                                      result.summary.interval.map { w.percentInterval(max(0, $0.lower), min(1, $0.upper)) }
                                          ?? "–"]
            if timings { row.append(w.number(result.meanSeconds, decimals: 1) + " s") }
            table.append(row)
            let point = plan.pointName(result.point) + "."
            output.value(point + "mean", ReportValue(.proportion, result.summary.mean,
                                                     interval: result.summary.interval.map { (max(0, $0.lower), min(1, $0.upper)) }))
            if let deviation = result.summary.standardDeviation { output.value(point + "sd", ReportValue(.proportion, deviation)) }
        }
        output.value("runs", ReportValue(.count, Double(plan.points.count * plan.seeds.count)))
        output.table(table, caption: w(.cellSweepCaption, [
            "id": CellOutput.cellID, "points": w.count(plan.points.count), "seeds": w.count(plan.seeds.count),
            "list": plan.seeds.map(String.init).joined(separator: ", "),
        ]))

        for (index, option) in plan.parameters.enumerated() {
            try output.figure("accuracy-by-\(option)", chart(plan: plan, results: results, option: index),
                              caption: w(.cellSweepChartCaption, ["option": option]))
        }
        try SweepTests(plan: plan, results: results, words: w).add(to: output)
        if let best = results.max(by: { $0.summary.mean < $1.summary.mean }) {
            output.headline = "\(ValueFormat.counted(plan.points.count * plan.seeds.count, "run")); best \(best.label) at "
                + NumberText.percent(best.summary.mean)
        }
    }

    /// A grid of two options at a glance: the first option's values down, the second's across, each cell the mean test
    /// accuracy over seeds with its 95% t interval.
    static func matrix(plan: SweepPlan, results: [SweepPointResult], words w: LocalWords = .english) -> HTMLTable {
        let columns = plan.values[1]
        var table = HTMLTable(header: [plan.parameters[0]] + columns.map { "\(plan.parameters[1]) \(plan.shown($0))" },
                              numeric: Set(1...columns.count))
        for row in plan.values[0] {
            table.append(cells: [TableCell(plan.shown(row))] + columns.map { column in
                guard let result = results.first(where: { $0.point == [row, column] }) else { return TableCell("–") }
                // The interval on a line of its own, so that the table stays narrow on a phone.
                let interval = result.summary.interval.map { w.percentInterval(max(0, $0.lower), min(1, $0.upper)) }
                return TableCell([.text(w.percent(result.summary.mean, decimals: 2))] + (interval.map { [.lineBreak, .text($0)] } ?? []))
            })
        }
        return table
    }

    static func matrixCaption(_ plan: SweepPlan, words w: LocalWords = .english) -> String {
        w(plan.seeds.count == 1 ? .cellMatrixCaptionOne : .cellMatrixCaption,
          ["seeds": w.count(plan.seeds.count), "first": plan.parameters[0], "second": plan.parameters[1]])
    }

    private func chart(plan: SweepPlan, results: [SweepPointResult], option: Int) -> SweepChart {
        var groups: [String] = []
        let points = results.map { result -> SweepChart.Point in
            let others = result.point.enumerated().filter { $0.offset != option }.map { plan.shownSetting($0.offset, $0.element) }
            let group = others.joined(separator: ", ")
            if !groups.contains(group) { groups.append(group) }
            return SweepChart.Point(category: plan.values[option].firstIndex(of: result.point[option]) ?? 0,
                                    group: groups.firstIndex(of: group) ?? 0, scores: result.accuracies,
                                    mean: result.summary.mean, interval: result.summary.interval)
        }
        return SweepChart(option: plan.parameters[option], categories: plan.values[option].map(plan.shown), groups: groups, points: points,
                          title: "Test accuracy by \(plan.parameters[option])")
    }
}

/// One grid point's runs: each seed's test accuracy and training time.
struct SweepPointResult {
    let point: [String]
    let label: String
    let accuracies: [Double]
    let meanSeconds: Double
    let summary: SeedSummary

    init(plan: SweepPlan, point: [String], context: ReportContext) throws {
        self.point = point
        label = point.enumerated().map { plan.shownSetting($0.offset, $0.element) }.joined(separator: ", ")
        var accuracies: [Double] = [], seconds: [Double] = []
        for seed in plan.seeds {
            let run = try context.run(plan.memberID(point, seed: seed))
            let predictions = try run.predictions()
            let correct = zip(predictions.labels, predictions.predicted).filter { $0 == $1 }.count
            accuracies.append(Double(correct) / Double(max(1, predictions.labels.count)))
            seconds.append((try? run.record().wallSeconds) ?? 0)
        }
        self.accuracies = accuracies
        meanSeconds = seconds.reduce(0, +) / Double(max(1, seconds.count))
        summary = SeedSummary(accuracies)
    }
}
