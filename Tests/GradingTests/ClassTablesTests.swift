import Pages
import Testing
@testable import Grading

/// Student cells become links to feedback pages in their own column only, whatever the students are called.
@Suite struct ClassTablesTests {
    @Test func onlyTheStudentColumnIsLinkedEvenForAStudentNamedLikeAStatus() throws {
        let grading = CalibrationFeedbackTests.grading
        let results = [
            grading.scored("graded", labels: grading.key, probabilities: nil),
            StudentResult(student: "a<b", status: .missing, grade: nil, problems: [], predictions: nil, probabilities: nil),
            grading.scored("s1", labels: grading.key.map { ($0 + 1) % 10 }, probabilities: nil),
        ]
        let analysis = ClassAnalysis(results: results, grading: grading, resamples: 10)
        let tables = ClassTables(grading: grading, results: results, analysis: analysis)
        let html = HTMLWriter.html(tables.gradebook())
        #expect(html.contains("<tr><td><a href=\"feedback/graded.html\">graded</a></td><td>graded</td>"), "\(html)")
        #expect(html.contains("<tr><td><a href=\"feedback/a%3Cb.html\">a&lt;b</a></td><td>missing</td>"), "\(html)")
        #expect(html.contains("<tr><td><a href=\"feedback/s1.html\">s1</a></td><td>graded</td>"), "\(html)")
        #expect(html.components(separatedBy: ".html\">").count == 4, "three students, one link each: \(html)")
        // The second column when the first is a rank.
        let board = HTMLWriter.html(tables.leaderboard())
        #expect(board.contains("<td class=\"num\">1</td><td><a href=\"feedback/graded.html\">graded</a></td>"), "\(board)")
    }
}
