import Foundation
import Testing
@testable import Grading

/// Every entry of a submissions folder becomes one student's submission or a reason it cannot be graded.
@Suite struct SubmissionFolderTests {
    /// A fresh folder laid out as `files` says (paths ending in `/` are folders), removed afterwards.
    func folder(_ files: [String], _ test: (String) throws -> Void) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("submissions-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        for file in files {
            let path = (root as NSString).appendingPathComponent(file)
            if file.hasSuffix("/") {
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            } else {
                let parent = (path as NSString).deletingLastPathComponent
                try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
                try Data("id,label\n".utf8).write(to: URL(fileURLWithPath: path))
            }
        }
        try test(root)
    }

    @Test func findsFilesFoldersRunsAndWhatCannotBeGraded() throws {
        try folder([
            "alice.csv", "bob/export 2026.csv", "carol/model.safetensors", "carol/run.json", "dave/", "erin/a.csv", "erin/b.csv",
            "frank.csv", "frank/p.csv", "notes.txt", ".DS_Store",
        ]) { root in
            let found = try SubmissionFolder.list(root)
            #expect(found.map(\.student) == ["alice", "bob", "carol", "dave", "erin", "frank", "notes.txt"])
            #expect(found[0].source == .predictions(root + "/alice.csv"))
            #expect(found[1].source == .predictions(root + "/bob/export 2026.csv"))
            #expect(found[2].source == .run(root + "/carol"))
            #expect(found[3].source == .unusable("dave/ holds no .csv file and no Digitbook run (model.safetensors and run.json)"))
            #expect(found[4].source == .unusable("erin/ holds several .csv files (a.csv, b.csv); hand in one"))
            #expect(found[5].source == .unusable("two submissions (frank and frank.csv); hand in one"))
            #expect(found[6].source == .unusable("notes.txt is not a .csv file of predictions"))
        }
    }

    @Test func aMissingFolderIsAnErrorNamingIt() {
        let error = #expect(throws: SubmissionFolderError.self) { try SubmissionFolder.list("/nonexistent/submissions") }
        #expect(error?.description == "/nonexistent/submissions: not a folder of submissions")
    }
}
