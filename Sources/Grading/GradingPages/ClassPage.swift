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

    /// The page, and the figure files to write beside it (paths relative to the page); its PDF blocks draw each chart
    /// from its SVG and link each student to their feedback PDF.
    func render() throws(ChartError) -> (page: GradingDocument, printed: GradingDocument,
                                         files: [(path: String, bytes: [UInt8])]) {
        var files: [(path: String, bytes: [UInt8])] = []
        func figure(_ name: String, _ chart: any Chart, caption: String) throws(ChartError) -> DocumentBlock {
            let chart = chart.speaking(grading.words.chart)
            let png = try chart.png(), svg = try chart.svg()
            files.append(("class_files/\(name).png", png))
            files.append(("class_files/\(name).svg", svg))
            let drawing = Figure.Drawing(.file(path: "class_files/\(name).png", png: png), description: chart.summary,
                                         link: "class_files/\(name).svg")
            return .figure(Figure(caption: Inline.plain(caption), content: .drawing(drawing)))
        }
        let counts = Dictionary(grouping: results, by: \.status).mapValues(\.count)
        let words = grading.words
        let byline = words(grading.split.publicIDs.isEmpty ? .gradingClassByline : .gradingClassBylinePublic, [
            "students": words.count(results.count), "graded": words.count(counts[.graded] ?? 0),
            "invalid": words.count(counts[.invalid] ?? 0), "missing": words.count(counts[.missing] ?? 0),
            "private": words.count(grading.split.privateIDs.count), "total": words.count(grading.key.count),
            "public": words.count(grading.split.publicIDs.count),
        ])
        var blocks: [DocumentBlock] = []
        if !warnings.isEmpty {
            blocks += [.heading(level: 2, Inline.plain(words(.gradingWarnings))),
                       .callout(.warning, [.list(ordered: false, items: warnings.map(Inline.plain))])]
        }
        let totals = results.compactMap { $0.status == .graded ? $0.grade?.total : nil }
        blocks.append(.heading(level: 2, Inline.plain(words(.gradingScores))))
        blocks.append(try figure("scores", ScoreHistogram(scores: totals, maximum: assignment.maximumPoints,
                                                          title: words(.gradingScoresTitle)),
                                 caption: words(.gradingScoresCaption)))
        let tables = ClassTables(grading: grading, results: results, analysis: analysis)
        blocks += tables.rubricSummary()
        blocks += tables.leaderboard()
        blocks.append(.heading(level: 2, Inline.plain(words(.gradingClassFindsHard))))
        blocks += tables.digits()
        if let images = grading.images, !analysis.items.hardest.isEmpty {
            let items = analysis.items.hardest.prefix(16).map { example in
                let missed = words.percent(example.missedBy)
                return DigitGrid.Item(pixels: Array(images.image(at: example.id)), side: images.rows,
                                      caption: "\(example.trueLabel) → \(example.commonAnswer) (\(missed))")
            }
            blocks.append(try figure("hardest", DigitGrid(items: items, columns: 8, title: words(.gradingHardestTitle)),
                                     caption: words(.gradingHardestCaption)))
        }
        blocks += tables.gradebook()
        blocks += tables.notGradable()
        blocks += try SimilaritySection(grading: grading, results: results, analysis: analysis)
            .blocks { (name, chart, caption) throws(ChartError) in try figure(name, chart, caption: caption) }
        let title = TitleBlock(kicker: words(.gradingClassKicker), title: assignment.title, bylines: [byline])
        let page = GradingDocument(title: words(.gradingClassTitle, ["title": assignment.title]), titleBlock: title, blocks: blocks,
                                   language: words.page)
        let svgs = Dictionary(files.map { ($0.path, $0.bytes) }) { first, _ in first }
        let printed = blocks.map { block in
            block.mappingDrawings { drawing in
                guard let link = drawing.link, let svg = svgs[link] else { return drawing }
                return Figure.Drawing(.svg(String(decoding: svg, as: UTF8.self)), description: drawing.description)
            }.mappingInlines { inline in
                guard case .link(let content, let target) = inline, target.hasPrefix("feedback/"), target.hasSuffix(".html")
                else { return inline }
                return .link(content, to: String(target.dropLast(5)) + ".pdf")
            }
        }
        return (page, GradingDocument(title: page.title, titleBlock: title, blocks: printed, language: words.page), files)
    }

    /// The link to a student's feedback page, relative to the class page.
    static func feedbackLink(_ student: String) -> TableCell {
        let file = StudentID.fileName(student)
        let path = "feedback/" + (file.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? file) + ".html"
        return TableCell([.link(Inline.plain(student), to: path)])
    }
}
