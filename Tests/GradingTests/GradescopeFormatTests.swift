import Foundation
import Testing
@testable import Grading

/// results.json as Gradescope's own library writes it (Fixtures/gradescope_results.json, made by
/// make_gradescope_fixture.py with gradescope-utils 0.5.0), against Digitbook's file for one submission.
@Suite struct GradescopeFormatTests {
    static func fixture() throws -> [String: Any] {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/gradescope_results.json")
        return try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: path)) as? [String: Any])
    }

    /// The kind of each value: number, string, array or object.
    static func kinds(_ object: [String: Any]) -> [String: String] {
        object.mapValues { value in
            switch value {
            case is String: "string"
            case is NSNumber: "number"
            case is [Any]: "array"
            default: "object"
            }
        }
    }

    @Test func oneSubmissionMatchesGradescopesOwnLayout() throws {
        let planted = try SyntheticClass()
        let results = planted.folder.file("results.json")
        var job = SingleSubmissionJob(assignment: planted.folder.file("assignment.yaml"), submission: planted.folder.file("in/g04.csv"),
                                      results: results)
        job.resamples = 100
        let result = try job.run()
        #expect(result.status == .graded)
        let ours = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: results))) as? [String: Any])
        let theirs = try Self.fixture()
        // Top level: their keys (less execution_time, which varies) plus the documented `output`, with the same kinds.
        #expect(Set(ours.keys) == Set(theirs.keys).union(["output"]))
        for (key, kind) in Self.kinds(theirs) { #expect(Self.kinds(ours)[key] == kind, "\(key)") }
        let ourTests = try #require(ours["tests"] as? [[String: Any]]), theirTests = try #require(theirs["tests"] as? [[String: Any]])
        for test in ourTests {
            #expect(Self.kinds(test) == Self.kinds(theirTests[0]))
            #expect(["passed", "failed"].contains(test["status"] as? String ?? ""))
        }
        let ourBoard = try #require(ours["leaderboard"] as? [[String: Any]])
        let theirBoard = try #require(theirs["leaderboard"] as? [[String: Any]])
        #expect(Self.kinds(ourBoard[0]) == Self.kinds(theirBoard[0]))
        let score = try #require(ours["score"] as? Double)
        #expect(abs(score - ourTests.reduce(0) { $0 + ($1["score"] as? Double ?? 0) }) < 0.02, "no late penalty: tests add up")
    }

    @Test func anInvalidSubmissionListsEveryProblemAndScoresNothing() throws {
        let planted = try SyntheticClass()
        let results = planted.folder.file("results.json")
        let result = try SingleSubmissionJob(assignment: planted.folder.file("assignment.yaml"),
                                             submission: planted.folder.file("in/x-duplicate.csv"), results: results).run()
        #expect(result.status == .invalid)
        let ours = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: results))) as? [String: Any])
        #expect(ours["score"] as? Double == 0)
        #expect((ours["output"] as? String)?.contains("line 602: id 3 repeats line 5") == true)
        let missing = SingleSubmissionJob(assignment: planted.folder.file("assignment.yaml"),
                                          submission: planted.folder.file("in/none.csv"), results: results)
        #expect(throws: (any Error).self) { try missing.run() }
    }
}
