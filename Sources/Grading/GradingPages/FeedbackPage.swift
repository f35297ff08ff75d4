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
    var words: GradingWords { grading.words }

    func document(_ result: StudentResult, figures: StudentFigures) throws(ChartError) -> GradingDocument {
        var blocks: [DocumentBlock] = []
        switch result.status {
        case .missing:
            blocks.append(.callout(.absence, [.paragraph(words(.gradingMissing, ["maximum": words.points(assignment.maximumPoints)]))]))
        case .invalid:
            blocks += problemsSection(result.problems)
        case .graded:
            if let grade = result.grade { blocks += try gradedSections(result, grade: grade, figures: figures) }
        }
        let title = TitleBlock(kicker: words(.gradingFeedbackKicker), title: assignment.title,
                               bylines: [words(.gradingStudent, ["student": result.student])])
        return GradingDocument(title: words(.gradingFeedbackTitle, ["title": assignment.title, "student": result.student]),
                               titleBlock: title, blocks: blocks, language: words.page)
    }

    private func problemsSection(_ problems: [String]) -> [DocumentBlock] {
        let count = grading.key.count
        var blocks: [DocumentBlock] = [
            .callout(.refusal, [.paragraph(words(problems.count == 1 ? .gradingInvalidOne : .gradingInvalid,
                                                 ["count": words.count(problems.count)]))]),
            .heading(level: 2, Inline.plain(words(.gradingProblems))),
            .list(ordered: true, items: problems.prefix(Self.listed).map { [.code($0)] }),
        ]
        if problems.count > Self.listed {
            blocks.append(.paragraph(words(.gradingMoreProblems, ["count": words.count(problems.count - Self.listed)])))
        }
        let advice = ProblemAdvice.advice(for: problems, count: count, classes: grading.classes, words: words)
        let probabilities = (0..<grading.classes).map { "p\($0)" }.joined(separator: ",")
        return blocks + [
            .heading(level: 2, Inline.plain(words(.gradingHowToFix))),
            .list(ordered: false, items: advice.map(Inline.plain)),
            .paragraph(words(.gradingExpectedFile, ["last": String(count - 1)])),
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
            .callout(.verdict, [.paragraph(words.inlines(
                .gradingVerdict, styled: ["points": .strong(Inline.plain(words.points(grade.total)))],
                ["maximum": words.points(grade.maximum)]))]),
        ]
        if grade.latePenalty > 0 { blocks.append(.paragraph(words.lateness(grade))) }
        if let rank = figures.rank {
            blocks.append(.paragraph(words(.gradingRankSentence, ["rank": words.count(rank), "size": words.count(figures.classSize)])))
        }
        if let accuracy = figures.publicAccuracy {
            blocks.append(.paragraph(words(.gradingPublicAccuracy, ["accuracy": words.figure(accuracy)])))
        }
        blocks += rubricSection(grade, figures: figures)
        blocks += try FeedbackCharts(grading: grading).sections(result, student: result.student)
        blocks += try CalibrationFeedback(grading: grading).blocks(result, grade: grade)
        return blocks
    }

    private func rubricSection(_ grade: Grade, figures: StudentFigures) -> [DocumentBlock] {
        var table = HTMLTable(header: [words(.gradingRubricLine), words(.gradingYourValue), words(.gradingInterval),
                                       words(.gradingPoints)], numeric: [1, 2, 3])
        table.label = words(.gradingHowPointsGiven)
        for line in grade.lines {
            let interval = figures.intervals[line.item.metric].map { "\(words.figure($0.lowerBound))–\(words.figure($0.upperBound))" }
            table.append([line.item.name, line.value.map(words.figure) ?? words(.gradingNone), interval ?? "",
                          words.of(words.points(line.points), words.rubricNumber(line.item.points))])
        }
        let rules = grade.lines.map { line -> [Inline] in
            [.strong(Inline.plain(line.item.name)), .text(words(.gradingColon) + words.explanation(of: line, figures.intervals))]
        }
        return [
            .heading(level: 2, Inline.plain(words(.gradingHowPointsGiven))), .table(table), .list(ordered: false, items: rules),
            .callout(.note, [.paragraph(words(.gradingIntervalNote, ["count": words.count(grading.split.privateIDs.count)]))]),
        ]
    }
}
