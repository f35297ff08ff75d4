import Foundation
import TestSupport
import Testing
@testable import Grading

/// The timestamps file: impossible times are errors at their line; a row grading cannot match is a warning, printed
/// and on the class page, never silently ignored; ids are matched in one Unicode form.
@Suite struct TimestampsTests {
    @Test(arguments: [
        ("2026-02-30T10:00:00Z", "has day 30 of month 2"),
        ("2026-12-01T10:00:00+25:00", "offsets go from -23:59 to +23:59"),
        ("2026-12-01T10:00:00-00:61", "offsets go from -23:59 to +23:59"),
        ("2026-00-10T10:00:00Z", "has month 0"),
        ("2026-12-01T10:00:60Z", "the latest is 23:59:59"),
        ("2026-12-01T10:00Z", "is not an ISO 8601 time"),
    ])
    func anImpossibleTimeIsAnErrorAtItsLine(_ time: String, _ message: String) {
        let text = "student,submitted_at\ns1,2026-12-01T10:00:00Z\ns2,\(time)\n"
        let error = #expect(throws: AssignmentError.self) { try SubmissionTimes.parse(text, file: "times.csv") }
        #expect(error?.file == "times.csv" && error?.line == 3 && error?.field == "submitted_at")
        #expect(error?.message.contains(message) == true, "\(String(describing: error))")
    }

    @Test func rowsForUnknownStudentsOrAnotherLetterCaseAreWarningsOnTheClassPage() throws {
        let folder = try GradingJobTests.classFolder(roster: "id,name,sis_user_id,sis_login_id,section\ns1,Ann,1,ann,A\ns2,Bo,2,bo,A\n")
        try Data("student,submitted_at\nS2,2026-12-03T10:00:00Z\nzed,2026-12-02T10:00:00Z\ns3,2026-12-02T10:00:00Z\n".utf8)
            .write(to: URL(fileURLWithPath: folder.file("times.csv")))
        let job = GradingJob(assignment: folder.file("assignment.yaml"), submissions: folder.file("in"), out: folder.file("out"),
                             timestamps: folder.file("times.csv"))
        let (results, warnings) = try job.grade()
        #expect(warnings.count == 2, "\(warnings)")
        #expect(warnings.first?.contains("student \"S2\": no such student; did you mean s2?") == true, "\(warnings)")
        #expect(warnings.last?.contains("student \"zed\": no such student on the roster or among the submissions") == true)
        #expect(results.first { $0.student == "s2" }?.grade?.latePenalty == 0, "the S2 row is not applied to s2")
        #expect(results.first { $0.student == "s3" }?.grade?.daysLate == 1)
        let page = try String(contentsOfFile: folder.file("out/class.html"), encoding: .utf8)
        #expect(page.contains("<h2>Warnings</h2>") && page.contains("did you mean s2?"))
    }

    @Test func idsInDecomposedUnicodeAreOneStudentWithTheComposedSpelling() throws {
        let composed = "Jos\u{E9}", decomposed = "Jose\u{301}"
        let times = try SubmissionTimes.parse("student,submitted_at\n\(decomposed),2026-12-01T10:00:00Z\n", file: "t.csv")
        #expect(times.keys.map { Array($0.unicodeScalars) } == [Array(composed.unicodeScalars)])
        let roster = try Roster.parse("id,name,sis_user_id,sis_login_id,section\n\(decomposed),J,1,j,A\n", file: "r.csv")
        #expect(roster.ids.map { Array($0.unicodeScalars) } == [Array(composed.unicodeScalars)])
    }
}
