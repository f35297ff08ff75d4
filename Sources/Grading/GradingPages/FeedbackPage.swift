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

    func document(_ result: StudentResult, figures: StudentFigures) throws(ChartError) -> GradingDocument {
        var blocks: [DocumentBlock] = []
        switch result.status {
        case .missing:
            blocks.append(.callout(.absence, [.paragraph("No submission was received, so this assignment scores 0 of "
                + "\(GradesTable.number(assignment.maximumPoints)) points.")]))
        case .invalid:
            blocks += problemsSection(result.problems)
        case .graded:
            if let grade = result.grade { blocks += try gradedSections(result, grade: grade, figures: figures) }
        }
        let title = TitleBlock(kicker: "Feedback", title: assignment.title, bylines: ["Student \(result.student)"])
        return GradingDocument(title: "Feedback: \(assignment.title), \(result.student)", titleBlock: title, blocks: blocks)
    }

    private func problemsSection(_ problems: [String]) -> [DocumentBlock] {
        let count = grading.key.count
        var blocks: [DocumentBlock] = [
            .callout(.refusal, [.paragraph("Your submission could not be graded: it has \(problems.count) "
                + "problem\(problems.count == 1 ? "" : "s"). It has no score yet (not a 0); fix "
                + "\(problems.count == 1 ? "it" : "them") and hand it in again.")]),
            .heading(level: 2, Inline.plain("Problems")),
            .list(ordered: true, items: problems.prefix(Self.listed).map { [.code($0)] }),
        ]
        if problems.count > Self.listed {
            blocks.append(.paragraph("… and \(problems.count - Self.listed) more problems of the kinds above."))
        }
        let advice = ProblemAdvice.advice(for: problems, count: count, classes: grading.classes)
        let probabilities = (0..<grading.classes).map { "p\($0)" }.joined(separator: ",")
        return blocks + [
            .heading(level: 2, Inline.plain("How to fix them")),
            .list(ordered: false, items: advice.map(Inline.plain)),
            .paragraph("The expected file: a header, then one row per test example (ids 0 to \(count - 1)); the probability "
                + "columns are optional, but the calibration and loss lines of the rubric need them."),
            .code("id,label,\(probabilities)\n0,7,\(Self.exampleRow(classes: grading.classes))\n…"),
        ]
    }

    private static func exampleRow(classes: Int) -> String {
        let rest = classes > 1 ? String(format: "%.3f", 0.009 / Double(classes - 1)) : "0"
        return (0..<classes).map { $0 == min(7, classes - 1) ? "0.991" : rest }.joined(separator: ",")
    }

    private func gradedSections(_ result: StudentResult, grade: Grade, figures: StudentFigures) throws(ChartError)
        -> [DocumentBlock] {
        var blocks: [DocumentBlock] = [
            .callout(.verdict, [.paragraph([.strong(Inline.plain(GradesTable.number(grade.total))),
                                            .text(" of \(GradesTable.number(grade.maximum)) points")])]),
        ]
        if grade.latePenalty > 0 { blocks.append(.paragraph(FeedbackText.lateness(grade))) }
        if let rank = figures.rank {
            blocks.append(.paragraph("Leaderboard rank \(rank) of \(figures.classSize). Ranks are shared: a student is ranked "
                + "below another only when a paired test on the same test images says the difference is real."))
        }
        if let accuracy = figures.publicAccuracy {
            blocks.append(.paragraph("Public leaderboard accuracy: \(FeedbackText.figure(accuracy)). Points use the other, "
                + "private part of the test set."))
        }
        blocks += rubricSection(grade, figures: figures)
        blocks += try FeedbackCharts(grading: grading).sections(result, student: result.student)
        blocks += try CalibrationFeedback(grading: grading).blocks(result, grade: grade)
        return blocks
    }

    private func rubricSection(_ grade: Grade, figures: StudentFigures) -> [DocumentBlock] {
        var table = HTMLTable(header: ["Rubric line", "Your value", "95% interval", "Points"], numeric: [1, 2, 3])
        table.label = "How the points were given"
        for line in grade.lines {
            let interval = figures.intervals[line.item.metric].map {
                "\(FeedbackText.figure($0.lowerBound))–\(FeedbackText.figure($0.upperBound))"
            }
            table.append([line.item.name, line.value.map(FeedbackText.figure) ?? "none", interval ?? "",
                          "\(GradesTable.number(line.points)) of \(RubricItem.number(line.item.points))"])
        }
        let rules = grade.lines.map { line -> [Inline] in
            [.strong(Inline.plain(line.item.name)), .text(": " + FeedbackText.explanation(of: line, figures.intervals))]
        }
        return [
            .heading(level: 2, Inline.plain("How the points were given")), .table(table), .list(ordered: false, items: rules),
            .callout(.note, [.paragraph("The 95% interval is how far the value could move on another test set of this size "
                + "(the \(grading.split.privateIDs.count) test images that points use): values whose intervals overlap are not "
                + "clearly different.")]),
        ]
    }
}
