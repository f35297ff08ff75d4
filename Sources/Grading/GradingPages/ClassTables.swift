import ClassifierMetrics
import Foundation
import NumberFormats
import Pages

/// The class report's tables: rubric lines across the class, the leaderboard, digits, submissions not graded.
struct ClassTables {
    let grading: ClassGrading
    let results: [StudentResult]
    let analysis: ClassAnalysis

    func rubricSummary() -> [DocumentBlock] {
        let grades = results.compactMap { $0.status == .graded ? $0.grade : nil }
        guard !grades.isEmpty else { return [.paragraph("No submission could be graded.")] }
        var table = HTMLTable(header: ["Rubric line", "Metric", "Median value", "Mean points", "Full points by"], numeric: [2, 3, 4])
        for (index, item) in grading.assignment.rubric.enumerated() {
            let values = grades.compactMap { $0.lines[index].value }.sorted()
            let median = values.isEmpty ? nil : PairedComparison.percentile(values, 0.5)
            let points = grades.map { $0.lines[index].points }
            let full = points.filter { $0 >= item.points - 1e-9 }.count
            table.append([item.name, item.metric.rawValue, median.map(FeedbackText.figure) ?? "none",
                               "\(GradesTable.number(points.reduce(0, +) / Double(points.count))) / \(GradesTable.number(item.points))",
                               "\(full) of \(grades.count)"])
        }
        table.label = "Rubric lines across the class"
        let reach = analysis.rubricReach.lines.map { DocumentBlock.paragraph($0.sentence) }
        return [.table(table)] + (reach.isEmpty ? [] : [.callout(.review, reach)])
    }

    func leaderboard() -> [DocumentBlock] {
        let order = LeaderboardTable.ordered(results, analysis: analysis)
        guard !order.isEmpty else { return [] }
        let ranking = analysis.ranking
        let explanation = "Ranks are statistical: two students share a rank unless McNemar's exact test on "
            + "their paired answers, Holm-corrected over all \(ranking.pairsTested) pairs, finds one more accurate (5% level). "
            + "A rank is one more than the number of students significantly better. \(ranking.pairsDifferent) of the "
            + "\(ranking.pairsTested) pairs differ; \(Set(analysis.ranks.values).count) distinct ranks among "
            + "\(order.count) students."
        let hasPublic = !analysis.publicAccuracy.isEmpty
        let header = ["Rank", "Student"] + (hasPublic ? ["Public accuracy"] : []) + ["Accuracy", "95% interval", "Points"]
        var table = HTMLTable(header: header,
                              numeric: hasPublic ? [0, 2, 3, 4, 5] : [0, 2, 3, 4])
        table.label = "Leaderboard"
        for index in order {
            let student = results[index].student
            let interval = analysis.intervals[index]?[.accuracy].map { NumberText.percentInterval($0.lowerBound, $0.upperBound) } ?? ""
            let publicColumn = hasPublic ? [analysis.publicAccuracy[index].map { NumberText.percent($0) } ?? ""] : []
            let cells = [String(analysis.ranks[index] ?? 0), student] + publicColumn
                + [analysis.privateAccuracy[index].map { NumberText.percent($0) } ?? "", interval,
                   results[index].grade.map { GradesTable.number($0.total) } ?? ""]
            table.append(cells: cells.enumerated().map { $0 == 1 ? ClassPage.feedbackLink(student) : TableCell($1) })
        }
        return [.heading(level: 2, Inline.plain("Leaderboard")), .paragraph(explanation), .table(table)]
    }

    func digits() -> [DocumentBlock] {
        guard !analysis.items.digits.isEmpty else { return [] }
        var table = HTMLTable(header: ["Digit", "Class mean recall", "Lowest student", "Highest student"], numeric: [1, 2, 3])
        for digit in analysis.items.digits {
            table.append([String(digit.label), FeedbackText.figure(digit.mean), FeedbackText.figure(digit.lowest),
                               FeedbackText.figure(digit.highest)])
        }
        table.label = "Recall per digit"
        let hardest = analysis.items.digits.min { $0.mean < $1.mean }
        return [.paragraph("Recall per digit: the share of its test images a student reads correctly."
                    + (hardest.map { " The class finds \($0.label) hardest." } ?? "")), .table(table)]
    }

    /// Links to the gradebook files beside the page, and every student's grades in roster order.
    func gradebook() -> [DocumentBlock] {
        let files = [("grades.csv", "every student's points"), ("canvas.csv", "Canvas's gradebook import"),
                     ("leaderboard.csv", "ranks and accuracy"), ("gradescope/", "Gradescope's results.json per student"),
                     ("feedback/", "one page per student")]
        var sentence: [Inline] = [.text("Files beside this page: ")]
        for (index, file) in files.enumerated() {
            sentence += [.link(Inline.plain(file.0), to: file.0), .text(" (\(file.1))" + (index == files.count - 1 ? "." : ", "))]
        }
        // grades.csv's columns but its last (the maximum, said in the heading), with headings in words.
        let assignment = grading.assignment
        let rows = GradesTable.table(results, assignment: assignment).rows.map { Array($0.dropLast()) }
        let header = ["Student", "Status"] + assignment.rubric.map(\.name)
            + ["Late penalty", "Total of \(GradesTable.number(assignment.maximumPoints))"]
        var table = HTMLTable(header: header, numeric: Set(2..<header.count))
        table.label = "Grades in roster order"
        for row in rows {
            table.append(cells: row.enumerated().map { $0 == 0 ? ClassPage.feedbackLink($1) : TableCell($1) })
        }
        return [.heading(level: 2, Inline.plain("Grades in roster order")), .paragraph(sentence), .table(table)]
    }

    func notGradable() -> [DocumentBlock] {
        let invalid = results.filter { $0.status == .invalid }
        let missing = results.filter { $0.status == .missing }
        var blocks: [DocumentBlock] = [.heading(level: 2, Inline.plain("Not graded"))]
        guard !invalid.isEmpty || !missing.isEmpty else {
            return blocks + [.paragraph("Every student handed in a gradable submission.")]
        }
        if !invalid.isEmpty {
            var table = HTMLTable(header: ["Student", "Problems", "First problem"], numeric: [1])
            table.label = "Submissions that could not be graded"
            for result in invalid {
                table.append(cells: [ClassPage.feedbackLink(result.student), TableCell(String(result.problems.count)),
                                     TableCell(result.problems.first ?? "")])
            }
            blocks += [.paragraph("\(invalid.count) submission\(invalid.count == 1 ? "" : "s") could not be graded; each feedback "
                + "page lists every problem and how to fix it."), .table(table)]
        }
        if !missing.isEmpty {
            blocks.append(.paragraph("No submission (0 points): " + missing.map(\.student).joined(separator: ", ") + "."))
        }
        return blocks
    }
}
