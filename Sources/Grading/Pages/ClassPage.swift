import Charts
import ClassifierMetrics
import Foundation
import NumberFormats
import Pages

/// class.html and its figures (class_files/, PNG and SVG): the score distribution, the statistical leaderboard, what
/// the class finds hard, every student's grades in roster order with the gradebook files linked, the submissions
/// that could not be graded and pairs of students for human review.
struct ClassPage {
    let grading: ClassGrading
    let results: [StudentResult]
    let analysis: ClassAnalysis
    /// Problems with the inputs that did not stop grading (shown at the top).
    var warnings: [String] = []

    var assignment: Assignment { grading.assignment }

    /// The page, and the figure files to write beside it (paths relative to the page).
    func render() throws(ChartError) -> (html: String, files: [(path: String, bytes: [UInt8])]) {
        var files: [(path: String, bytes: [UInt8])] = []
        func figure(_ name: String, _ chart: any Chart, caption: String) throws(ChartError) -> String {
            let png = try chart.png(), svg = try chart.svg()
            files.append(("class_files/\(name).png", png))
            files.append(("class_files/\(name).svg", svg))
            return "<figure>\n<a href=\"class_files/\(name).svg\"><img src=\"class_files/\(name).png\" "
                + "alt=\"\(HTMLText.escaped(chart.summary))\" "
                + "width=\"\(Int(chart.width))\" height=\"\(Int(chart.height))\"></a>\n"
                + "<figcaption>\(HTMLText.escaped(caption))</figcaption>\n</figure>\n"
        }
        let counts = Dictionary(grouping: results, by: \.status).mapValues(\.count)
        var body = "<header>\n<p class=\"kicker\">Class report</p>\n<h1>\(HTMLText.escaped(assignment.title))</h1>\n"
            + "<p class=\"byline\">\(results.count) students: \(counts[.graded] ?? 0) graded, \(counts[.invalid] ?? 0) not gradable, "
            + "\(counts[.missing] ?? 0) missing. Points use \(grading.split.privateIDs.count) of the \(grading.key.count) test images"
            + (grading.split.publicIDs.isEmpty ? "" : "; the other \(grading.split.publicIDs.count) are the public leaderboard's")
            + ".</p>\n"
            + "</header>\n<main>\n"
        if !warnings.isEmpty {
            body += "<h2>Warnings</h2>\n<ul class=\"warnings\">\n"
                + warnings.map { "<li>\(HTMLText.escaped($0))</li>\n" }.joined() + "</ul>\n"
        }
        let totals = results.compactMap { $0.status == .graded ? $0.grade?.total : nil }
        body += "<h2>Scores</h2>\n"
        body += try figure("scores", ScoreHistogram(scores: totals, maximum: assignment.maximumPoints, title: "Points of graded students"),
                           caption: "Graded submissions only; missing ones score 0 and are not drawn.")
        let tables = ClassTables(grading: grading, results: results, analysis: analysis)
        body += tables.rubricSummary()
        body += tables.leaderboard()
        body += "<h2>What the class finds hard</h2>\n" + tables.digits()
        if let images = grading.images, !analysis.items.hardest.isEmpty {
            let items = analysis.items.hardest.prefix(16).map { example in
                let missed = NumberText.percent(example.missedBy, decimals: 1)
                return DigitGrid.Item(pixels: Array(images.image(at: example.id)), side: images.rows,
                                      caption: "\(example.trueLabel) → \(example.commonAnswer) (\(missed))")
            }
            body += try figure("hardest", DigitGrid(items: items, columns: 8, title: "The test images most students miss"),
                               caption: "True digit → the wrong answer most given (share of graded students who missed it).")
        }
        body += tables.gradebook()
        body += tables.notGradable()
        body += try SimilaritySection(grading: grading, results: results, analysis: analysis)
            .html { (name, chart, caption) throws(ChartError) in try figure(name, chart, caption: caption) }
        body += "</main>\n"
        return (StandalonePage(title: "Class report: \(assignment.title)", style: GradingStyle.css, body: body).html, files)
    }

    /// The link to a student's feedback page, relative to the class page.
    static func feedbackLink(_ student: String) -> String {
        let file = StudentID.fileName(student)
        let path = "feedback/" + (file.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? file) + ".html"
        return "<a href=\"\(HTMLText.escaped(path))\">\(HTMLText.escaped(student))</a>"
    }
}
