import ClassifierMetrics
import Foundation
import NumberFormats
import Pages

/// The class report's tables: rubric lines across the class, the leaderboard, digits, submissions not graded.
struct ClassTables {
    let grading: ClassGrading
    let results: [StudentResult]
    let analysis: ClassAnalysis

    func rubricSummary() -> String {
        let grades = results.compactMap { $0.status == .graded ? $0.grade : nil }
        guard !grades.isEmpty else { return "<p>No submission could be graded.</p>\n" }
        var table = HTMLTable(header: ["Rubric line", "Metric", "Median value", "Mean points", "Full points by"], numeric: [2, 3, 4])
        for (index, item) in grading.assignment.rubric.enumerated() {
            let values = grades.compactMap { $0.lines[index].value }.sorted()
            let median = values.isEmpty ? nil : PairedComparison.percentile(values, 0.5)
            let points = grades.map { $0.lines[index].points }
            let full = points.filter { $0 >= item.points - 1e-9 }.count
            table.rows.append([item.name, item.metric.rawValue, median.map(FeedbackText.figure) ?? "none",
                               "\(GradesTable.number(points.reduce(0, +) / Double(points.count))) / \(GradesTable.number(item.points))",
                               "\(full) of \(grades.count)"])
        }
        let reach = analysis.rubricReach.lines.map { "<p>\(HTMLText.escaped($0.sentence))</p>\n" }
        return table.html + "\n" + (reach.isEmpty ? "" : "<div class=\"review\">\n" + reach.joined() + "</div>\n")
    }

    func leaderboard() -> String {
        let order = LeaderboardTable.ordered(results, analysis: analysis)
        guard !order.isEmpty else { return "" }
        let ranking = analysis.ranking
        let html = "<h2>Leaderboard</h2>\n<p>Ranks are statistical: two students share a rank unless McNemar's exact test on "
            + "their paired answers, Holm-corrected over all \(ranking.pairsTested) pairs, finds one more accurate (5% level). "
            + "A rank is one more than the number of students significantly better. \(ranking.pairsDifferent) of the "
            + "\(ranking.pairsTested) pairs differ; \(Set(analysis.ranks.values).count) distinct ranks among "
            + "\(order.count) students.</p>\n"
        let hasPublic = !analysis.publicAccuracy.isEmpty
        let header = ["Rank", "Student"] + (hasPublic ? ["Public accuracy"] : []) + ["Accuracy", "95% interval", "Points"]
        var table = HTMLTable(header: header,
                              numeric: hasPublic ? [0, 2, 3, 4, 5] : [0, 2, 3, 4])
        var links: [String: String] = [:]
        for index in order {
            let student = results[index].student
            links[student] = ClassPage.feedbackLink(student)
            let interval = analysis.intervals[index]?[.accuracy].map { NumberText.percentInterval($0.lowerBound, $0.upperBound) } ?? ""
            let publicColumn = hasPublic ? [analysis.publicAccuracy[index].map { NumberText.percent($0) } ?? ""] : []
            table.rows.append([String(analysis.ranks[index] ?? 0), student] + publicColumn
                + [analysis.privateAccuracy[index].map { NumberText.percent($0) } ?? "", interval,
                   results[index].grade.map { GradesTable.number($0.total) } ?? ""])
        }
        return html + Self.linkingStudents(table.html, links, column: 1) + "\n"
    }

    func digits() -> String {
        guard !analysis.items.digits.isEmpty else { return "" }
        var table = HTMLTable(header: ["Digit", "Class mean recall", "Lowest student", "Highest student"], numeric: [1, 2, 3])
        for digit in analysis.items.digits {
            table.rows.append([String(digit.label), FeedbackText.figure(digit.mean), FeedbackText.figure(digit.lowest),
                               FeedbackText.figure(digit.highest)])
        }
        let hardest = analysis.items.digits.min { $0.mean < $1.mean }
        return "<p>Recall per digit: the share of its test images a student reads correctly."
            + (hardest.map { " The class finds \($0.label) hardest." } ?? "") + "</p>\n" + table.html + "\n"
    }

    /// Links to the gradebook files beside the page, and every student's grades in roster order.
    func gradebook() -> String {
        let files = [("grades.csv", "every student's points"), ("canvas.csv", "Canvas's gradebook import"),
                     ("leaderboard.csv", "ranks and accuracy"), ("gradescope/", "Gradescope's results.json per student"),
                     ("feedback/", "one page per student")]
        var html = "<h2>Grades in roster order</h2>\n<p>Files beside this page: "
            + files.map { "<a href=\"\($0.0)\">\($0.0)</a> (\(HTMLText.escaped($0.1)))" }.joined(separator: ", ")
            + ".</p>\n"
        // grades.csv's columns but its last (the maximum, said in the heading), with headings in words.
        let assignment = grading.assignment
        let rows = GradesTable.table(results, assignment: assignment).rows.map { Array($0.dropLast()) }
        let header = ["Student", "Status"] + assignment.rubric.map(\.name)
            + ["Late penalty", "Total of \(GradesTable.number(assignment.maximumPoints))"]
        var table = HTMLTable(header: header, numeric: Set(2..<header.count))
        table.rows = rows
        let links = Dictionary(results.map { ($0.student, ClassPage.feedbackLink($0.student)) },
                               uniquingKeysWith: { first, _ in first })
        html += Self.linkingStudents(table.html, links) + "\n"
        return html
    }

    func notGradable() -> String {
        let invalid = results.filter { $0.status == .invalid }
        let missing = results.filter { $0.status == .missing }
        var html = "<h2>Not graded</h2>\n"
        guard !invalid.isEmpty || !missing.isEmpty else { return html + "<p>Every student handed in a gradable submission.</p>\n" }
        if !invalid.isEmpty {
            var table = HTMLTable(header: ["Student", "Problems", "First problem"], numeric: [1])
            var links: [String: String] = [:]
            for result in invalid {
                links[result.student] = ClassPage.feedbackLink(result.student)
                table.rows.append([result.student, String(result.problems.count), result.problems.first ?? ""])
            }
            html += "<p>\(invalid.count) submission\(invalid.count == 1 ? "" : "s") could not be graded; each feedback page lists "
                + "every problem and how to fix it.</p>\n" + Self.linkingStudents(table.html, links) + "\n"
        }
        if !missing.isEmpty {
            html += "<p>No submission (0 points): " + missing.map { HTMLText.escaped($0.student) }.joined(separator: ", ") + ".</p>\n"
        }
        return html
    }

    /// Turns the student cells of a rendered table (cells of `column`, one row a line as `HTMLTable` writes them) into
    /// links to their feedback pages. Only that column: a student named "graded" leaves the status cells alone.
    static func linkingStudents(_ table: String, _ links: [String: String], column: Int = 0) -> String {
        let byCell = Dictionary(links.map { (HTMLText.escaped($0.key), $0.value) }, uniquingKeysWith: { first, _ in first })
        return table.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard line.hasPrefix("<tr") else { return String(line) }
            var cells = line.components(separatedBy: "</td>")
            guard column < cells.count - 1, let open = cells[column].range(of: ">", options: .backwards),
                  let link = byCell[String(cells[column][open.upperBound...])] else { return String(line) }
            cells[column] = String(cells[column][..<open.upperBound]) + link
            return cells.joined(separator: "</td>")
        }.joined(separator: "\n")
    }
}
