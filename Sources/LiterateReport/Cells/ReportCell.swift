import ClassifierMetrics
import Localization
import NumberFormats
import Pages

/// `report`: scikit-learn's classification report of a run on the test set, as a table (and as scikit-learn prints it).
struct ReportCell: CellRunner {
    func run(_ cell: Cell, options: CellOptions, context: ReportContext, output: CellOutputBuilder) throws {
        let id = try options.text("run")
        let digits = try options.integer("digits", default: 2, in: 0...10)
        let predictions = try context.run(id).predictions()
        let predicted = predictions.predicted
        let present = Array(Set(predictions.labels).union(predicted)).sorted()
        let report = try ClassificationReport(trueLabels: predictions.labels, predictedLabels: predicted, labels: present,
                                              targetNames: present.map { context.classNames[$0] })
        func number(_ value: Double) -> String { NumberText.fixed(value, digits) }
        var table = HTMLTable(header: ["class", "precision", "recall", "f1-score", "support"], numeric: [1, 2, 3, 4])
        for row in report.rows { table.append([row.name, number(row.precision), number(row.recall), number(row.f1Score),
            String(row.support)]) }
        let firstAverage = table.rows.count
        if let accuracy = report.accuracy {
            table.append(["accuracy", "", "", number(accuracy), String(report.macroAverage.support)])
        } else if let micro = report.microAverage {
            table.append([micro.name, number(micro.precision), number(micro.recall), number(micro.f1Score), String(micro.support)])
        }
        for row in [report.macroAverage, report.weightedAverage] {
            table.append([row.name, number(row.precision), number(row.recall), number(row.f1Score), String(row.support)])
        }
        table.separated = [firstAverage]
        // The table's headings and rows are scikit-learn's own, as the folded text below prints them.
        let w = context.words
        output.table(table, caption: w(.cellReportCaption, ["run": id]))
        for warning in report.warnings { output.paragraph(w(.cellNote, ["warning": warning])) }
        output.details(summary: w(.cellAsScikitLearn), preformatted: report.text(digits: digits))
        output.headline = "macro F1 \(number(report.macroAverage.f1Score))"
        for (prefix, row) in [("macro", report.macroAverage), ("weighted", report.weightedAverage)] {
            output.value(prefix + "_precision", ReportValue(.number, row.precision))
            output.value(prefix + "_recall", ReportValue(.number, row.recall))
            output.value(prefix + "_f1", ReportValue(.number, row.f1Score))
        }
        if let accuracy = report.accuracy { output.value("accuracy", ReportValue(.proportion, accuracy)) }
    }
}
