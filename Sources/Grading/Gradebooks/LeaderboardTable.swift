import Foundation

/// leaderboard.csv: the graded students by statistical rank (ties share a rank; within one, by accuracy, then id),
/// with accuracy on the part of the test set that points use and, when the assignment has one, on the public part.
public enum LeaderboardTable {
    public static func csv(_ results: [StudentResult], analysis: ClassAnalysis) -> String {
        let hasPublic = !analysis.publicAccuracy.isEmpty
        let header = ["rank", "student"] + (hasPublic ? ["public_accuracy", "private_accuracy"] : ["accuracy"]) + ["total"]
        var lines = [header.joined(separator: ",")]
        for index in ordered(results, analysis: analysis) {
            var row = [String(analysis.ranks[index] ?? 0), SpreadsheetCell.text(results[index].student)]
            if hasPublic { row.append(accuracy(analysis.publicAccuracy[index])) }
            row.append(accuracy(analysis.privateAccuracy[index]))
            row.append(results[index].grade.map { GradesTable.number($0.total) } ?? "")
            lines.append(row.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Graded students' results indices in leaderboard order.
    public static func ordered(_ results: [StudentResult], analysis: ClassAnalysis) -> [Int] {
        analysis.graded.sorted { a, b in
            let (rankA, rankB) = (analysis.ranks[a] ?? 0, analysis.ranks[b] ?? 0)
            if rankA != rankB { return rankA < rankB }
            let (accuracyA, accuracyB) = (analysis.privateAccuracy[a] ?? 0, analysis.privateAccuracy[b] ?? 0)
            if accuracyA != accuracyB { return accuracyA > accuracyB }
            return results[a].student < results[b].student
        }
    }

    static func accuracy(_ value: Double?) -> String { value.map { String(format: "%.4f", $0) } ?? "" }
}
