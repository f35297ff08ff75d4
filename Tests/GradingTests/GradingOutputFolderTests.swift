import FileIO
import Foundation
import TestSupport
import Testing
@testable import Grading

/// `grade` writes only into a folder it owns (FileIO's `OutputFolder`), never over or among what it reads.
@Suite struct GradingOutputFolderTests {
    func job(_ folder: TemporaryDirectory, out: String) -> GradingJob {
        GradingJob(assignment: folder.file("assignment.yaml"), submissions: folder.file("in"), out: out,
                   timestamps: folder.file("times.csv"))
    }

    static let roster = "id,name,sis_user_id,sis_login_id,section\ns2,Bo,2,bo,A\n"

    @Test func aFolderWithSomeoneElsesFilesIsRefusedBeforeAnyWorkAndKept() throws {
        let folder = try GradingJobTests.classFolder(roster: Self.roster)
        try FileManager.default.createDirectory(atPath: folder.file("out/feedback"), withIntermediateDirectories: true)
        try Data("my notes".utf8).write(to: URL(fileURLWithPath: folder.file("out/feedback/notes.txt")))
        let error = #expect(throws: FileError.self) { try job(folder, out: folder.file("out")).run() }
        #expect(error?.kind == .conflict && error?.detail.contains("feedback/notes.txt") == true, "\(String(describing: error))")
        #expect(try String(contentsOfFile: folder.file("out/feedback/notes.txt"), encoding: .utf8) == "my notes")
        #expect(!FileManager.default.fileExists(atPath: folder.file("out/grades.csv")))
    }

    @Test func aFolderGradeWroteBeforeIsWrittenAgain() throws {
        let folder = try GradingJobTests.classFolder(roster: Self.roster)
        _ = try job(folder, out: folder.file("out")).run()
        #expect(FileManager.default.fileExists(atPath: folder.file("out/\(OutputFolder.markerName)")))
        _ = try job(folder, out: folder.file("out")).run()
        try Data("added by hand".utf8).write(to: URL(fileURLWithPath: folder.file("out/extra.txt")))
        #expect(throws: FileError.self) { try job(folder, out: folder.file("out")).run() }
    }

    @Test(arguments: ["in", "in/grades", ".", "times.csv", "assignment.yaml", "key.idx"])
    func anOutputFolderThatIsInsideOrAroundAnInputIsRefused(_ out: String) throws {
        let folder = try GradingJobTests.classFolder(roster: Self.roster)
        let before = try FileManager.default.contentsOfDirectory(atPath: folder.file("in")).sorted()
        let error = #expect(throws: FileError.self) { try job(folder, out: folder.file(out)).run() }
        #expect(error?.kind == .conflict, "\(String(describing: error))")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.file("in")).sorted() == before)
    }

    @Test(arguments: ["in/s2.csv", "assignment.yaml", "key.idx"])
    func gradescopeResultsMayNotBeTheSubmissionOrAnInput(_ results: String) throws {
        let folder = try GradingJobTests.classFolder(roster: Self.roster)
        let original = try Data(contentsOf: URL(fileURLWithPath: folder.file(results)))
        let single = SingleSubmissionJob(assignment: folder.file("assignment.yaml"), submission: folder.file("in/s2.csv"),
                                         results: folder.file(results))
        let error = #expect(throws: FileError.self) { try single.run() }
        #expect(error?.kind == .conflict, "\(String(describing: error))")
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.file(results))) == original)
    }
}
