import Pages
import Testing
@testable import Grading

/// Student cells become links to feedback pages in their own column only, whatever the students are called.
@Suite struct ClassTablesTests {
    @Test func onlyTheStudentColumnIsLinkedEvenForAStudentNamedLikeAStatus() {
        var table = HTMLTable(header: ["Student", "Status", "Total"], numeric: [2])
        table.rows = [["graded", "graded", "5.00"], ["a<b", "missing", "0.00"], ["s1", "graded", "4.00"]]
        let links = ["graded": ClassPage.feedbackLink("graded"), "a<b": ClassPage.feedbackLink("a<b")]
        let html = ClassTables.linkingStudents(table.html, links)
        #expect(html.contains("<tr><td><a href=\"feedback/graded.html\">graded</a></td><td>graded</td>"), "\(html)")
        #expect(html.contains("<tr><td><a href=\"feedback/a%3Cb.html\">a&lt;b</a></td><td>missing</td>"), "\(html)")
        #expect(html.contains("<tr><td>s1</td>") && html.components(separatedBy: "<a href").count == 3)
        // The second column when the first is a rank.
        var board = HTMLTable(header: ["Rank", "Student"], numeric: [0])
        board.rows = [["1", "graded"]]
        #expect(ClassTables.linkingStudents(board.html, links, column: 1)
            .contains("<td class=\"num\">1</td><td><a href=\"feedback/graded.html\">graded</a></td>"))
    }
}
