import Foundation
import Testing
@testable import Grading

/// The whole of `digitbook grade` on a planted class of 35: grades against values computed here, every status, the
/// gradebook files' formats, shared ranks, the copier pair flagged and no one else, and the same bytes twice.
@Suite(.serialized) struct ClassOfThirtyFiveTests {
    /// Points as the rubric gives them, computed here from the labels without the library's metrics.
    static func expectedTotal(_ labels: [Int], probabilities: [[Double]]?, key: [Int], daysLate: Int) -> Double {
        let accuracy = Double(zip(labels, key).filter { $0 == $1 }.count) / Double(key.count)
        let f1s = (0..<10).map { digit -> Double in
            let truePositive = Double(zip(labels, key).filter { $0 == digit && $1 == digit }.count)
            let predicted = Double(labels.filter { $0 == digit }.count), actual = Double(key.filter { $0 == digit }.count)
            let precision = predicted == 0 ? 0 : truePositive / predicted, recall = actual == 0 ? 0 : truePositive / actual
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        }
        let macroF1 = f1s.reduce(0, +) / 10
        var points = 60 * min(1, max(0, (accuracy - 0.8) / 0.2)) + (macroF1 >= 0.95 ? 20 : macroF1 >= 0.9 ? 10 : 0)
        if let probabilities {
            let loss = zip(key, probabilities).reduce(0.0) { $0 - log($1.1[$1.0]) } / Double(key.count)
            points += 20 * min(1, max(0, (loss - 1.0) / (0.1 - 1.0)))
        }
        return daysLate > 2 ? 0 : points * (1 - 0.1 * Double(daysLate))
    }

    static func rows(_ csv: String) -> [[String]] {
        csv.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    @Test func gradesTheWholeClass() throws {
        let planted = try SyntheticClass()
        var job = GradingJob(assignment: planted.folder.file("assignment.yaml"), submissions: planted.folder.file("in"),
                             out: planted.folder.file("out"), timestamps: planted.folder.file("times.csv"))
        job.resamples = 200
        let results = try job.run()
        #expect(results.count == 35)
        let status = Dictionary(uniqueKeysWithValues: results.map { ($0.student, $0.status) })
        #expect(Set(results.filter { $0.status == .invalid }.map(\.student)) == Set(planted.malformed))
        #expect(Set(results.filter { $0.status == .missing }.map(\.student)) == Set(planted.missing))
        #expect(status["q01"] == .graded, "a byte-order mark, CRLF and blank trailing lines are accepted")
        for result in results where result.status == .invalid {
            #expect(!result.problems.isEmpty && result.problems.allSatisfy { !$0.isEmpty }, "\(result.student)")
        }

        // grades.csv against totals computed here (two decimals).
        let grades = Self.rows(try String(contentsOfFile: planted.folder.file("out/grades.csv"), encoding: .utf8))
        #expect(grades.first == ["student", "status", "Accuracy", "Every digit", "Log loss", "late_penalty", "total", "max"])
        for row in grades.dropFirst() {
            let student = row[0]
            guard let labels = planted.labels[student] else {
                #expect(row[1] != "graded", "\(student)")
                continue
            }
            let expected = Self.expectedTotal(labels, probabilities: planted.probabilities[student], key: planted.key,
                                              daysLate: planted.daysLate[student] ?? 0)
            #expect(row[1] == "graded" && abs((Double(row[6]) ?? -1) - expected) < 0.006, "\(student): \(row) vs \(expected)")
        }
        let invalidRow = try #require(grades.first { $0[0] == "x-nan" })
        #expect(invalidRow[2...6].allSatisfy(\.isEmpty) && invalidRow[7] == "100.00", "not gradable has no points, not a 0")
        #expect(grades.first { $0[0] == "m01" }?[6] == "0.00")
        #expect(grades.first { $0[0] == "g03" }?[6] == "0.00", "beyond max_days scores 0")

        try checkGradebooks(planted, results: results)
        try checkClassStatistics(planted)
    }

    func checkGradebooks(_ planted: SyntheticClass, results: [StudentResult]) throws {
        let canvas = try String(contentsOfFile: planted.folder.file("out/canvas.csv"), encoding: .utf8)
        let lines = canvas.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "Student,ID,SIS User ID,SIS Login ID,Section,Quiz (77)")
        #expect(lines[1] == "    Points Possible,,,,,100.00")
        #expect(lines[2].hasPrefix("\"Student 0, A\",g01,1000,g01@uni.example,S0,"))
        #expect(lines.contains { $0.hasPrefix("\"Student 22, A\",x-header,1022,x-header@uni.example,S0,") && $0.hasSuffix(",") })
        #expect(lines.count == 2 + 35 + 1)

        func read(_ name: String) throws -> Any {
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: planted.folder.file(name))))
        }
        let json = try read("out/gradescope/g04/results.json")
        let object = try #require(json as? [String: Any])
        #expect(Set(object.keys) == ["score", "visibility", "output", "tests", "leaderboard"])
        let tests = try #require(object["tests"] as? [[String: Any]])
        #expect(tests.count == 3 && tests.allSatisfy { Set($0.keys) == ["name", "score", "max_score", "status", "output", "visibility"] })
        let board = try #require(object["leaderboard"] as? [[String: Any]])
        #expect(board.count == 1 && Set(board[0].keys) == ["name", "value", "order"])
        let invalid = try read("out/gradescope/x-sum/results.json")
        #expect((invalid as? [String: Any])?["score"] as? Double == 0)
        #expect(((invalid as? [String: Any])?["output"] as? String)?.contains("line 6: probabilities sum to 5") == true)
        #expect(!FileManager.default.fileExists(atPath: planted.folder.file("out/gradescope/m01")))

        for result in results {
            #expect(FileManager.default.fileExists(atPath: planted.folder.file("out/feedback/\(result.student).html")))
        }
        let feedback = try String(contentsOfFile: planted.folder.file("out/feedback/g01.html"), encoding: .utf8)
        let text = feedback.replacingOccurrences(of: "base64,[A-Za-z0-9+/=]+", with: "", options: .regularExpression)
        #expect(!text.contains("g02") && !text.contains("k01"), "a page shows no other student")
        #expect(feedback.contains("Your most confident mistakes") && feedback.contains("<svg role=\"img\""))
        let problems = try String(contentsOfFile: planted.folder.file("out/feedback/x-argmax.html"), encoding: .utf8)
        #expect(problems.contains("line 7: label") && problems.contains("argmax"))
    }

    func checkClassStatistics(_ planted: SyntheticClass) throws {
        let board = Self.rows(try String(contentsOfFile: planted.folder.file("out/leaderboard.csv"), encoding: .utf8))
        #expect(board.first == ["rank", "student", "accuracy", "total"])
        let ranks = Dictionary(uniqueKeysWithValues: board.dropFirst().map { ($0[1], Int($0[0]) ?? 0) })
        let good = (1...10).map { "g\(String(format: "%02d", $0))" }
        #expect(Set(good.compactMap { ranks[$0] }) == [1], "students of 97% on 600 images cannot be told apart")
        #expect(["p01", "p02", "p03", "p04", "p05"].allSatisfy { (ranks[$0] ?? 0) > 1 })
        let page = try String(contentsOfFile: planted.folder.file("out/class.html"), encoding: .utf8)
        let sections = page.components(separatedBy: "<h2>Similar answers: for human review</h2>")
        #expect(sections.count == 2)
        let review = try #require(sections.last)
        #expect(review.contains("<td>k01 and k02</td>") && review.contains("<h3>k01 and k02</h3>"))
        #expect(review.components(separatedBy: "<h3>").count - 1 == 1, "one flagged pair")
        #expect(review.contains("class_files/similar-1-shared.png"), "the unusual answers they share, as images")
        #expect(page.contains("x-empty") && page.contains("m01"))
        // Every student in roster order, with the gradebook files linked: the rows are grades.csv's but for the maximum.
        let roster = try #require(page.components(separatedBy: "<h2>Grades in roster order</h2>").last?
            .components(separatedBy: "<h2>").first)
        for file in ["grades.csv", "canvas.csv", "leaderboard.csv", "gradescope/", "feedback/"] {
            #expect(roster.contains("<a href=\"\(file)\">\(file)</a>"), "\(file)")
        }
        let grades = Self.rows(try String(contentsOfFile: planted.folder.file("out/grades.csv"), encoding: .utf8)).dropFirst()
        let students = grades.map { $0[0] }
        let order = students.compactMap { student in roster.range(of: ">\(student)</a></td>")?.lowerBound }
        #expect(order.count == students.count && order == order.sorted(), "every student once, in grades.csv's order")
        let g01 = try #require(grades.first { $0[0] == "g01" })
        #expect(roster.contains("<td class=\"num\">" + g01.dropFirst(2).dropLast().joined(separator: "</td><td class=\"num\">") + "</td>"))
    }

    @Test func sameInputsGiveTheSameBytes() throws {
        let planted = try SyntheticClass()
        for out in ["a", "b"] {
            var job = GradingJob(assignment: planted.folder.file("assignment.yaml"), submissions: planted.folder.file("in"),
                                 out: planted.folder.file(out), timestamps: planted.folder.file("times.csv"))
            job.resamples = 100
            _ = try job.run()
        }
        let files = try FileManager.default.subpathsOfDirectory(atPath: planted.folder.file("a")).sorted()
        #expect(files.count > 80)
        for file in files {
            let a = FileManager.default.contents(atPath: planted.folder.file("a/\(file)"))
            #expect(a == FileManager.default.contents(atPath: planted.folder.file("b/\(file)")), "\(file)")
        }
    }
}
