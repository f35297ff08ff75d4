import Foundation
import TestSupport
import Testing
@testable import Grading

/// The submissions folder is read by FileIO's contained-folder rule with links refused: nothing outside it is read,
/// every refused entry is a student not gradable with the reason, and odd names are told apart readably.
@Suite struct SubmissionFolderSafetyTests {
    func classFolder() throws -> TemporaryDirectory {
        try GradingJobTests.classFolder(roster: "id,name,sis_user_id,sis_login_id,section\ns2,Bo,2,bo,A\n")
    }

    @Test func symlinkedFilesAndFoldersAreNotGradableAndNeverRead() throws {
        let folder = try classFolder()
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: folder.file("in/mallory.csv"), withDestinationPath: "/etc/passwd")
        try manager.createDirectory(atPath: folder.file("in/s5"), withIntermediateDirectories: true)
        try manager.createSymbolicLink(atPath: folder.file("in/s5/p.csv"), withDestinationPath: folder.file("in/s2.csv"))
        try manager.createDirectory(atPath: folder.file("elsewhere"), withIntermediateDirectories: true)
        try manager.copyItem(atPath: folder.file("in/s2.csv"), toPath: folder.file("elsewhere/p.csv"))
        try manager.createSymbolicLink(atPath: folder.file("in/s6"), withDestinationPath: folder.file("elsewhere"))
        try manager.createSymbolicLink(atPath: folder.file("in/s7"), withDestinationPath: folder.file("in/s5"))
        let results = try GradingJob(assignment: folder.file("assignment.yaml"), submissions: folder.file("in"),
                                     out: folder.file("out")).run()
        for student in ["mallory", "s5", "s6", "s7"] {
            let result = try #require(results.first { $0.student == student })
            #expect(result.status == .invalid && result.problems.joined().contains("link"), "\(student): \(result.problems)")
        }
        let written = try manager.subpathsOfDirectory(atPath: folder.file("out")).map { folder.file("out/" + $0) }
        for path in written where !path.hasSuffix(".png") {
            let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
            #expect(!text.contains("root:"), "\(path) holds /etc/passwd")
        }
    }

    @Test func aNameThatIsNotUTF8IsReportedReadably() throws {
        let folder = try classFolder()
        let name: [UInt8] = Array("in/caf".utf8) + [0xE9] + Array(".csv".utf8)
        let path = Array(folder.path.utf8) + [UInt8(ascii: "/")] + name + [0]
        let descriptor = path.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) }
        }
        #expect(descriptor >= 0)
        close(descriptor)
        let found = try SubmissionFolder.list(folder.file("in"))
        let entry = try #require(found.first { $0.student.hasPrefix("caf") })
        guard case let .unusable(reason) = entry.source else {
            Issue.record("\(entry.source)")
            return
        }
        #expect(reason.contains("caf\u{FFFD}.csv") && reason.contains("not valid UTF-8"), "\(reason)")
    }

    @Test func composedAndDecomposedSpellingsAreOneStudentAndTwoFilesAreToldApart() throws {
        let folder = try classFolder()
        let composed = "Jos\u{E9}", decomposed = "Jose\u{301}"
        try FileManager.default.copyItem(atPath: folder.file("in/s2.csv"), toPath: folder.file("in/\(decomposed).csv"))
        let one = try SubmissionFolder.list(folder.file("in"))
        let student = try #require(one.first { $0.student.hasPrefix("Jos") })
        #expect(Array(student.student.unicodeScalars) == Array(composed.unicodeScalars))
        #expect(student.source == .predictions(folder.file("in/\(decomposed).csv")))
        try FileManager.default.copyItem(atPath: folder.file("in/s2.csv"), toPath: folder.file("in/\(composed).csv"))
        let two = try SubmissionFolder.list(folder.file("in"))
        let both = try #require(two.first { $0.student.hasPrefix("Jos") })
        guard case let .unusable(reason) = both.source else {
            Issue.record("\(both.source)")
            return
        }
        #expect(reason.contains("(composed, NFC)") && reason.contains("(decomposed, NFD)") && reason.contains("two Unicode forms"),
                "\(reason)")
    }
}
