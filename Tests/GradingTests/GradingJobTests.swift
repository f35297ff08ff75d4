import Foundation
import IDX
import TestSupport
import Testing
@testable import Grading

/// grades.csv as written for a class with a roster, times and every status; bad side files are errors at their line.
@Suite struct GradingJobTests {
    /// An assignment folder: key.idx (20 labels), roster.csv, assignment.yaml and a submissions folder.
    static func classFolder(roster: String) throws -> TemporaryDirectory {
        let folder = TemporaryDirectory("grading-job")
        let key = (0..<20).map { $0 % 10 }
        try IDXWriter.write(labels: key.map(UInt8.init), to: folder.file("key.idx"))
        try Data(roster.utf8).write(to: URL(fileURLWithPath: folder.file("roster.csv")))
        let yaml = """
            title: Quiz, part 1
            labels: key.idx
            due: 2026-12-01T23:59:00Z
            late: {percent_per_day: 25, max_days: 2}
            rubric:
              - {name: "Accuracy, overall", metric: accuracy, points: 10, zero: 0.5, full: 1.0}
            roster: roster.csv

            """
        try Data(yaml.utf8).write(to: URL(fileURLWithPath: folder.file("assignment.yaml")))
        try FileManager.default.createDirectory(atPath: folder.file("in"), withIntermediateDirectories: true)
        let half = "id,label\n" + key.enumerated().map { "\($0.offset),\($0.offset < 5 ? ($0.element + 1) % 10 : $0.element)" }
            .joined(separator: "\n")
        try Data(half.utf8).write(to: URL(fileURLWithPath: folder.file("in/s2.csv")))
        try Data(half.utf8).write(to: URL(fileURLWithPath: folder.file("in/s3.csv")))
        try Data("id,label\n0,x\n".utf8).write(to: URL(fileURLWithPath: folder.file("in/s4.csv")))
        try Data("student,submitted_at\ns3,2026-12-02T10:00:00Z\n".utf8).write(to: URL(fileURLWithPath: folder.file("times.csv")))
        return folder
    }

    @Test func writesGradesInRosterOrderWithEveryStatus() throws {
        let folder = try Self.classFolder(roster: "id,name,sis_user_id,sis_login_id,section\ns1,Ann,1,ann,A\ns2,Bo,2,bo,A\ns3,Cy,3,cy,B\n")
        let job = GradingJob(assignment: folder.file("assignment.yaml"), submissions: folder.file("in"), out: folder.file("out"),
                             timestamps: folder.file("times.csv"))
        let results = try job.run()
        #expect(results.map(\.student) == ["s1", "s2", "s3", "s4"])
        let written = try String(contentsOfFile: folder.file("out/grades.csv"), encoding: .utf8)
        // s2 has 15 of 20 right: 10 * (0.75 - 0.5) / 0.5 = 5 points; s3 the same, one started day late: 25% off.
        #expect(written == """
            student,status,"Accuracy, overall",late_penalty,total,max
            s1,missing,0.00,0.00,0.00,10.00
            s2,graded,5.00,0.00,5.00,10.00
            s3,graded,5.00,1.25,3.75,10.00
            s4,invalid,,,,10.00

            """)
    }

    @Test func aBadRosterOrTimesFileIsAnErrorAtItsLineAndNothingIsWritten() throws {
        let folder = try Self.classFolder(roster: "id,name,sis_user_id,sis_login_id,section\ns1,Ann,1,ann,A\ns1,Ann,1,ann,A\n")
        let job = GradingJob(assignment: folder.file("assignment.yaml"), submissions: folder.file("in"), out: folder.file("out"))
        let error = #expect(throws: AssignmentError.self) { try job.run() }
        #expect(error?.description == "\(folder.file("roster.csv")):3: field id: s1 repeats line 2")
        #expect(!FileManager.default.fileExists(atPath: folder.file("out")))
        try Data("student,submitted_at\ns3,yesterday\n".utf8).write(to: URL(fileURLWithPath: folder.file("times.csv")))
        let times = #expect(throws: AssignmentError.self) { try SubmissionTimes.read(folder.file("times.csv")) }
        #expect(times?.line == 2 && times?.field == "submitted_at")
        try Data("name,id\n".utf8).write(to: URL(fileURLWithPath: folder.file("roster.csv")))
        let header = #expect(throws: AssignmentError.self) { try Roster.read(folder.file("roster.csv")) }
        #expect(header?.message.contains("the header must start with id,name,sis_user_id,sis_login_id,section") == true)
    }

    /// A student whose id is too long to name a file as it is (a file name holds 255 bytes, and the atomic write adds
    /// to it) still gets a feedback page and Gradescope results, under a shortened name the class page links to.
    @Test func aVeryLongStudentIdGetsFilesOfItsOwn() throws {
        let folder = try Self.classFolder(roster: "id,name,sis_user_id,sis_login_id,section\ns2,Bo,2,bo,A\n")
        let long = String(repeating: "é", count: 120)  // 240 bytes
        try FileManager.default.copyItem(atPath: folder.file("in/s2.csv"), toPath: folder.file("in/\(long).csv"))
        try FileManager.default.copyItem(atPath: folder.file("in/s2.csv"), toPath: folder.file("in/\(long)x.csv"))
        let job = GradingJob(assignment: folder.file("assignment.yaml"), submissions: folder.file("in"), out: folder.file("out"))
        let results = try job.run()
        #expect(results.contains { $0.student == long && $0.status == .graded })
        let pages = try FileManager.default.contentsOfDirectory(atPath: folder.file("out/feedback"))
        let shortened = pages.filter { $0.hasPrefix("éé") }
        #expect(shortened.count == 2 && shortened.allSatisfy { $0.utf8.count <= StudentID.longestFileName + 5 }, "\(shortened)")
        #expect(StudentID.fileName("s2") == "s2" && StudentID.fileName(long) != StudentID.fileName(long + "x"))
        // A short id that reads like a shortened one is shortened too, so that it cannot meet a long id's name.
        let lookalike = StudentID.fileName(long)
        #expect(StudentID.fileName(lookalike) != lookalike && StudentID.fileName(lookalike).utf8.count <= StudentID.longestFileName)
        #expect(StudentID.fileName(String(repeating: ".", count: 300)).hasPrefix("id"))
        let classPage = try String(contentsOfFile: folder.file("out/class.html"), encoding: .utf8)
        let link = "feedback/" + (StudentID.fileName(long).addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? "")
        #expect(classPage.contains(link + ".html"))
        #expect(FileManager.default.fileExists(atPath: folder.file("out/gradescope/\(StudentID.fileName(long))/results.json")))
    }
}
