import ClassifierMetrics
import Foundation
import Localization
import NumberFormats
import Pages

/// The class report's tables: rubric lines across the class, the leaderboard, digits, submissions not graded.
struct ClassTables {
    let grading: ClassGrading
    let results: [StudentResult]
    let analysis: ClassAnalysis
    var words: GradingWords { grading.words }

    func rubricSummary() -> [DocumentBlock] {
        let grades = results.compactMap { $0.status == .graded ? $0.grade : nil }
        guard !grades.isEmpty else { return [.paragraph(words(.gradingNoneGraded))] }
        var table = HTMLTable(header: [words(.gradingRubricLine), words(.gradingMetric), words(.gradingMedianValue),
                                       words(.gradingMeanPoints), words(.gradingFullPointsBy)], numeric: [2, 3, 4])
        for (index, item) in grading.assignment.rubric.enumerated() {
            let values = grades.compactMap { $0.lines[index].value }.sorted()
            let median = values.isEmpty ? nil : PairedComparison.percentile(values, 0.5)
            let points = grades.map { $0.lines[index].points }
            let full = points.filter { $0 >= item.points - 1e-9 }.count
            table.append([item.name, item.metric.rawValue, median.map(words.figure) ?? words(.gradingNone),
                          "\(words.points(points.reduce(0, +) / Double(points.count))) / \(words.points(item.points))",
                          words.of(words.count(full), words.count(grades.count))])
        }
        table.label = words(.gradingRubricAcross)
        let reach = analysis.rubricReach.lines.map { DocumentBlock.paragraph(words.sentence($0)) }
        return [.table(table)] + (reach.isEmpty ? [] : [.callout(.review, reach)])
    }

    func leaderboard() -> [DocumentBlock] {
        let order = LeaderboardTable.ordered(results, analysis: analysis)
        guard !order.isEmpty else { return [] }
        let ranking = analysis.ranking
        let explanation = words(.gradingLeaderboardExplanation, [
            "pairs": words.count(ranking.pairsTested), "different": words.count(ranking.pairsDifferent),
            "ranks": words.count(Set(analysis.ranks.values).count), "students": words.count(order.count),
        ])
        let hasPublic = !analysis.publicAccuracy.isEmpty
        let header = [words(.gradingRank), words(.gradingStudentHeader)] + (hasPublic ? [words(.gradingPublicAccuracyHeader)] : [])
            + [words(.gradingAccuracy), words(.gradingInterval), words(.gradingPoints)]
        var table = HTMLTable(header: header,
                              numeric: hasPublic ? [0, 2, 3, 4, 5] : [0, 2, 3, 4])
        table.label = words(.gradingLeaderboard)
        for index in order {
            let student = results[index].student
            let interval = analysis.intervals[index]?[.accuracy].map {
                words.local.percentInterval($0.lowerBound, $0.upperBound)
            } ?? ""
            let publicColumn = hasPublic ? [analysis.publicAccuracy[index].map { words.percent($0, decimals: 2) } ?? ""] : []
            let cells = [words.count(analysis.ranks[index] ?? 0), student] + publicColumn
                + [analysis.privateAccuracy[index].map { words.percent($0, decimals: 2) } ?? "", interval,
                   results[index].grade.map { words.points($0.total) } ?? ""]
            table.append(cells: cells.enumerated().map { $0 == 1 ? ClassPage.feedbackLink(student) : TableCell($1) })
        }
        return [.heading(level: 2, Inline.plain(words(.gradingLeaderboard))), .paragraph(explanation), .table(table)]
    }

    func digits() -> [DocumentBlock] {
        guard !analysis.items.digits.isEmpty else { return [] }
        var table = HTMLTable(header: [words(.gradingDigit), words(.gradingMeanRecall), words(.gradingLowestStudent),
                                       words(.gradingHighestStudent)], numeric: [1, 2, 3])
        for digit in analysis.items.digits {
            table.append([String(digit.label), words.figure(digit.mean), words.figure(digit.lowest), words.figure(digit.highest)])
        }
        table.label = words(.gradingRecallPerDigit)
        let hardest = analysis.items.digits.min { $0.mean < $1.mean }
        let hardestSentence = hardest.map { words(.sentenceSeparator) + words(.gradingHardestDigit, ["digit": String($0.label)]) }
        return [.paragraph(words(.gradingRecallSentence) + (hardestSentence ?? "")), .table(table)]
    }

    /// Links to the gradebook files beside the page, and every student's grades in roster order.
    func gradebook() -> [DocumentBlock] {
        let files: [(String, Phrase)] = [("grades.csv", .gradingFileGrades), ("canvas.csv", .gradingFileCanvas),
                                         ("leaderboard.csv", .gradingFileLeaderboard), ("gradescope/", .gradingFileGradescope),
                                         ("feedback/", .gradingFileFeedback)]
        var sentence: [Inline] = [.text(words(.gradingFilesBeside) + " ")]
        for (index, file) in files.enumerated() {
            let end = index == files.count - 1 ? words(.gradingFullStop) : words(.listSeparator)
            sentence += [.link(Inline.plain(file.0), to: file.0), .text(" (\(words(file.1)))" + end)]
        }
        // grades.csv's columns but its last (the maximum, said in the heading), with headings in words.
        let assignment = grading.assignment
        let rows = GradesTable.table(results, assignment: assignment).rows.map { Array($0.dropLast()) }
        let header = [words(.gradingStudentHeader), words(.gradingStatus)] + assignment.rubric.map(\.name)
            + [words(.gradingLatePenalty), words(.gradingTotalOf, ["maximum": words.points(assignment.maximumPoints)])]
        var table = HTMLTable(header: header, numeric: Set(2..<header.count))
        table.label = words(.gradingRosterOrder)
        for (result, row) in zip(results, rows) {
            table.append(cells: row.enumerated().map { column, cell in
                switch column {
                case 0: ClassPage.feedbackLink(cell)
                case 1: TableCell(words.status(result.status))
                default: TableCell(Double(cell).map(words.points) ?? cell)
                }
            })
        }
        return [.heading(level: 2, Inline.plain(words(.gradingRosterOrder))), .paragraph(sentence), .table(table)]
    }

    func notGradable() -> [DocumentBlock] {
        let invalid = results.filter { $0.status == .invalid }
        let missing = results.filter { $0.status == .missing }
        var blocks: [DocumentBlock] = [.heading(level: 2, Inline.plain(words(.gradingNotGraded)))]
        guard !invalid.isEmpty || !missing.isEmpty else {
            return blocks + [.paragraph(words(.gradingEveryoneGradable))]
        }
        if !invalid.isEmpty {
            var table = HTMLTable(header: [words(.gradingStudentHeader), words(.gradingProblems), words(.gradingFirstProblem)],
                                  numeric: [1])
            table.label = words(.gradingNotGradableLabel)
            for result in invalid {
                table.append(cells: [ClassPage.feedbackLink(result.student), TableCell(words.count(result.problems.count)),
                                     TableCell(result.problems.first ?? "")])
            }
            blocks += [.paragraph(words(invalid.count == 1 ? .gradingNotGradableOne : .gradingNotGradable,
                                        ["count": words.count(invalid.count)])), .table(table)]
        }
        if !missing.isEmpty {
            let students = missing.map(\.student).joined(separator: words(.listSeparator))
            blocks.append(.paragraph(words(.gradingNoSubmission, ["students": students])))
        }
        return blocks
    }
}
