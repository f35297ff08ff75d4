import DatasetCatalog
import Foundation
import IDX
import Runs
import TestSupport
import Testing
@testable import Grading

/// A small class graded end to end from files: statuses, points on the private part, lateness, roster order.
@Suite struct ClassGradingTests {
    static let yaml = """
        title: Tiny
        labels: key.idx
        seed: 3
        public_fraction: 0.25
        due: 2026-12-01T23:59:00Z
        late: {percent_per_day: 10, max_days: 5}
        rubric:
          - {name: Accuracy, metric: accuracy, points: 10, zero: 0.5, full: 1.0}
          - {name: Log loss, metric: log_loss, points: 5, zero: 2.0, full: 0.1}

        """

    /// Predictions CSV text for `labels`, with one-hot-ish probabilities when `probabilities` is true.
    static func csv(_ labels: [Int], probabilities: Bool) -> String {
        let header = probabilities ? "id,label," + (0..<10).map { "p\($0)" }.joined(separator: ",") : "id,label"
        let rows = labels.enumerated().map { id, label in
            probabilities ? "\(id),\(label)," + (0..<10).map { $0 == label ? "0.91" : "0.01" }.joined(separator: ",") : "\(id),\(label)"
        }
        return ([header] + rows).joined(separator: "\r\n") + "\r\n\r\n"
    }

    @Test func gradesAClassFromItsFiles() throws {
        let folder = TemporaryDirectory("grading")
        let key = (0..<40).map { ($0 * 7) % 10 }
        try IDXWriter.write(labels: key.map(UInt8.init), to: folder.file("key.idx"))
        try Data(Self.yaml.utf8).write(to: URL(fileURLWithPath: folder.file("assignment.yaml")))
        let submissions = folder.file("submissions")
        try FileManager.default.createDirectory(atPath: submissions, withIntermediateDirectories: true)
        let wrong = key.enumerated().map { $0.offset % 5 == 0 ? ($0.element + 1) % 10 : $0.element }  // 8 of 40 wrong
        func write(_ name: String, _ text: String) throws {
            try Data(text.utf8).write(to: URL(fileURLWithPath: (submissions as NSString).appendingPathComponent(name)))
        }
        try write("perfect.csv", Self.csv(key, probabilities: true))
        try write("sloppy.csv", Self.csv(wrong, probabilities: false))
        try write("broken.csv", "id,label\n0,3\n0,4\n1,12\n")
        try write("late.csv", Self.csv(key, probabilities: true))

        let assignment = try AssignmentFile.read(folder.file("assignment.yaml"))
        let grading = try ClassGrading(loading: assignment)
        let due = try #require(assignment.due)
        let results = grading.grade(try SubmissionFolder.list(submissions), roster: ["sloppy", "absent"],
                                    submittedAt: ["late": due.addingTimeInterval(3_600)])
        #expect(results.map(\.student) == ["sloppy", "absent", "broken", "late", "perfect"])
        #expect(results.map(\.status) == [.graded, .missing, .invalid, .graded, .graded])

        let privateIDs = grading.split.privateIDs
        #expect(privateIDs.count == 30 && grading.split.publicIDs.count == 10)
        let sloppyAccuracy = Double(privateIDs.filter { wrong[$0] == key[$0] }.count) / 30
        let sloppy = try #require(results[0].grade)
        #expect(abs(sloppy.lines[0].points - 10 * (sloppyAccuracy - 0.5) / 0.5) < 1e-9)
        #expect(sloppy.lines[1].points == 0 && sloppy.lines[1].value == nil)

        let perfect = try #require(results[4].grade)
        let logLoss = -log(0.91)  // below `full`, so the item's points are clamped at 5
        #expect(abs((perfect.lines[1].value ?? 0) - logLoss) < 1e-12)
        #expect(perfect.total == 15 && 5 * (logLoss - 2.0) / (0.1 - 2.0) > 5)
        let late = try #require(results[3].grade)
        #expect(late.daysLate == 1 && abs(late.total - 0.9 * perfect.total) < 1e-9)

        let problems = results[2].problems
        #expect(problems.contains { $0.contains("line 3: id 0 repeats line 2") })
        #expect(problems.contains { $0.contains("line 4: label 12 is outside 0-9") })
        #expect(problems.contains { $0.hasPrefix("missing ids") })
    }

    @Test func theLeaderboardSplitIsSeededAndCoversEveryExampleOnce() {
        let split = LeaderboardSplit(count: 100, fraction: 0.3, seed: 7)
        #expect(split.publicIDs.count == 30 && Set(split.publicIDs + split.privateIDs) == Set(0..<100))
        #expect(split == LeaderboardSplit(count: 100, fraction: 0.3, seed: 7))
        #expect(split != LeaderboardSplit(count: 100, fraction: 0.3, seed: 8))
        #expect(LeaderboardSplit(count: 5, fraction: nil, seed: 0).privateIDs == [0, 1, 2, 3, 4])
    }
}
