import Charts
import ClassifierMetrics
import Foundation
import Pages

/// feedback/ID.html: one student's page, self-contained. Graded: the total, each rubric line with its value, 95%
/// interval and how the points follow, the confusion matrix, per-class scores and their most confident mistakes,
/// and, for points lost on calibration, a reliability diagram with what usually fixes it.
/// Not gradable: every problem with its line and how to fix it. It shows nothing of other students, and of the key
/// only what their own mistakes reveal.
struct FeedbackPage {
    let grading: ClassGrading
    /// The most problems a page lists one by one (a file with every row wrong has thousands); the advice covers all.
    static let listed = 100

    var assignment: Assignment { grading.assignment }

    func html(_ result: StudentResult, figures: StudentFigures) throws(ChartError) -> String {
        var body = "<header>\n<p class=\"kicker\">Feedback</p>\n<h1>\(HTMLText.escaped(assignment.title))</h1>\n"
            + "<p class=\"byline\">Student \(HTMLText.escaped(result.student))</p>\n</header>\n<main>\n"
        switch result.status {
        case .missing:
            body += "<p class=\"verdict missing\">No submission was received, so this assignment scores 0 of "
                + "\(GradesTable.number(assignment.maximumPoints)) points.</p>\n"
        case .invalid:
            body += problemsSection(result.problems)
        case .graded:
            if let grade = result.grade { body += try gradedSections(result, grade: grade, figures: figures) }
        }
        body += "</main>\n"
        return StandalonePage(title: "Feedback: \(assignment.title), \(result.student)", style: GradingStyle.css, body: body).html
    }

    private func problemsSection(_ problems: [String]) -> String {
        let count = grading.key.count
        var html = "<p class=\"verdict invalid\">Your submission could not be graded: it has \(problems.count) "
            + "problem\(problems.count == 1 ? "" : "s"). It has no score yet (not a 0); fix "
            + "\(problems.count == 1 ? "it" : "them") and hand it in again.</p>\n<h2>Problems</h2>\n<ol class=\"problems\">\n"
        html += problems.prefix(Self.listed).map { "<li>\(HTMLText.escaped($0))</li>" }.joined(separator: "\n") + "\n</ol>\n"
        if problems.count > Self.listed {
            html += "<p>… and \(problems.count - Self.listed) more problems of the kinds above.</p>\n"
        }
        html += "<h2>How to fix them</h2>\n<ul>\n"
        html += ProblemAdvice.advice(for: problems, count: count, classes: grading.classes)
            .map { "<li>\(HTMLText.escaped($0))</li>" }.joined(separator: "\n")
        let probabilities = (0..<grading.classes).map { "p\($0)" }.joined(separator: ",")
        html += "\n</ul>\n<p>The expected file: a header, then one row per test example (ids 0 to \(count - 1)); the "
            + "probability columns are optional, but the calibration and loss lines of the rubric need them.</p>\n"
            + "<pre tabindex=\"0\">id,label,\(probabilities)\n0,7,\(Self.exampleRow(classes: grading.classes))\n…</pre>\n"
        return html
    }

    private static func exampleRow(classes: Int) -> String {
        let rest = classes > 1 ? String(format: "%.3f", 0.009 / Double(classes - 1)) : "0"
        return (0..<classes).map { $0 == min(7, classes - 1) ? "0.991" : rest }.joined(separator: ",")
    }

    private func gradedSections(_ result: StudentResult, grade: Grade, figures: StudentFigures) throws(ChartError) -> String {
        var html = "<p class=\"verdict graded\"><strong>\(GradesTable.number(grade.total))</strong> of "
            + "\(GradesTable.number(grade.maximum)) points</p>\n"
        if grade.latePenalty > 0 { html += "<p>\(HTMLText.escaped(FeedbackText.lateness(grade)))</p>\n" }
        if let rank = figures.rank {
            html += "<p>Leaderboard rank \(rank) of \(figures.classSize). Ranks are shared: a student is ranked below "
                + "another only when a paired test on the same test images says the difference is real.</p>\n"
        }
        if let accuracy = figures.publicAccuracy {
            html += "<p>Public leaderboard accuracy: \(FeedbackText.figure(accuracy)). Points use the other, private part "
                + "of the test set.</p>\n"
        }
        html += rubricSection(grade, figures: figures)
        html += try FeedbackCharts(grading: grading).sections(result, student: result.student)
        html += try CalibrationFeedback(grading: grading).html(result, grade: grade)
        return html
    }

    private func rubricSection(_ grade: Grade, figures: StudentFigures) -> String {
        var table = HTMLTable(header: ["Rubric line", "Your value", "95% interval", "Points"], numeric: [1, 2, 3])
        for line in grade.lines {
            let interval = figures.intervals[line.item.metric].map {
                "\(FeedbackText.figure($0.lowerBound))–\(FeedbackText.figure($0.upperBound))"
            }
            table.rows.append([line.item.name, line.value.map(FeedbackText.figure) ?? "none", interval ?? "",
                               "\(GradesTable.number(line.points)) of \(RubricItem.number(line.item.points))"])
        }
        var html = "<h2>How the points were given</h2>\n" + table.html + "\n<ul class=\"rules\">\n"
        for line in grade.lines {
            html += "<li><strong>\(HTMLText.escaped(line.item.name))</strong>: "
                + "\(HTMLText.escaped(FeedbackText.explanation(of: line, figures.intervals)))</li>\n"
        }
        return html + "</ul>\n<p class=\"note\">The 95% interval is how far the value could move on another test set of "
            + "this size (the \(grading.split.privateIDs.count) test images that points use): values whose intervals overlap "
            + "are not clearly different.</p>\n"
    }
}
