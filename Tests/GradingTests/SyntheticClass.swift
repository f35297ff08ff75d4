import Foundation
import IDX
import Randomness
import TestSupport

/// A class of 35 synthetic students on a 600-image key, planted with every case grading handles: good and poor
/// students with independent random mistakes, label-only files, late ones (within and beyond the policy), missing
/// ones, a pair of copiers, a valid file with a byte-order mark, CRLF and blank trailing lines, and one malformed
/// file of each kind the strict reader reports.
struct SyntheticClass {
    let folder = TemporaryDirectory("synthetic-class")
    let key: [Int]
    /// Each gradable student's labels and probability rows (nil for label-only), to compute grades independently.
    var labels: [String: [Int]] = [:]
    var probabilities: [String: [[Double]]] = [:]
    /// Days late per student (started days), as the timestamps file says.
    let daysLate = ["g02": 2, "g03": 3]
    let malformed = ["x-empty", "x-header", "x-ragged", "x-text-label", "x-label-range", "x-duplicate", "x-missing", "x-extra-id",
                     "x-nan", "x-negative", "x-sum", "x-argmax"]
    let missing = ["m01", "m02"]
    static let count = 600

    init() throws {
        var generator = SeededGenerator(seed: 42)
        key = (0..<Self.count).map { _ in Int(generator.uniformInteger(below: 10)) }
        try IDXWriter.write(labels: key.map(UInt8.init), to: folder.file("key-labels.idx"))
        let pixels = (0..<(Self.count * 784)).map { _ in UInt8(generator.uniformInteger(below: 256)) }
        try IDXWriter.write(try ImageSet(count: Self.count, rows: 28, columns: 28, pixels: pixels), to: folder.file("key-images.idx"))
        try FileManager.default.createDirectory(atPath: folder.file("in"), withIntermediateDirectories: true)
        func student(_ error: Double) -> [Int] {
            key.map { generator.uniformDouble() < error ? ($0 + 1 + Int(generator.uniformInteger(below: 9))) % 10 : $0 }
        }
        for index in 1...10 { try add("g\(String(format: "%02d", index))", student(0.03), probabilities: true) }
        for index in 1...5 { try add("p0\(index)", student(0.3), probabilities: true) }
        for index in 1...3 { try add("l0\(index)", student(0.05), probabilities: false) }
        let copied = student(0.12)
        try add("k01", copied, probabilities: false)
        var copy = copied
        for index in 0..<10 { copy[index] = key[index] }
        try add("k02", copy, probabilities: false)
        try writeQuirkyButValid(student(0.04))
        try writeMalformed()
        let roster = (["g01", "g02", "g03", "g04", "g05", "g06", "g07", "g08", "g09", "g10", "p01", "p02", "p03", "p04", "p05",
                       "l01", "l02", "l03", "k01", "k02", "q01"] + malformed + missing)
            .enumerated().map { "\($1),\"Student \($0), A\",\(1000 + $0),\($1)@uni.example,S\($0 % 2)" }
        try write("id,name,sis_user_id,sis_login_id,section\n" + roster.joined(separator: "\n") + "\n", to: "roster.csv")
        try write("student,submitted_at\ng01,2026-11-30T12:00:00Z\ng02,2026-12-02T12:00:00Z\ng03,2026-12-03T12:00:00Z\n",
                  to: "times.csv")
        try write("""
            title: Quiz
            labels: key-labels.idx
            images: key-images.idx
            seed: 3
            due: 2026-12-01T00:00:00Z
            late: {percent_per_day: 10, max_days: 2}
            rubric:
              - {name: Accuracy, metric: accuracy, points: 60, zero: 0.8, full: 1.0}
              - {name: Every digit, metric: macro_f1, points: 20, steps: [[0.9, 10], [0.95, 20]]}
              - {name: Log loss, metric: log_loss, points: 20, zero: 1.0, full: 0.1}
            roster: roster.csv
            canvas_assignment_id: 77

            """, to: "assignment.yaml")
    }

    func write(_ text: String, to name: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: folder.file(name)))
    }

    /// A file's rows: probabilities 0.91 on the label and 0.01 elsewhere.
    static func csv(_ labels: [Int], probabilities: Bool, newline: String = "\n") -> String {
        let header = probabilities ? "id,label," + (0..<10).map { "p\($0)" }.joined(separator: ",") : "id,label"
        let rows = labels.enumerated().map { id, label in
            "\(id),\(label)" + (probabilities ? "," + (0..<10).map { $0 == label ? "0.91" : "0.01" }.joined(separator: ",") : "")
        }
        return ([header] + rows).joined(separator: newline) + newline
    }

    mutating func add(_ student: String, _ labels: [Int], probabilities: Bool) throws {
        self.labels[student] = labels
        if probabilities { self.probabilities[student] = labels.map { label in (0..<10).map { $0 == label ? 0.91 : 0.01 } } }
        try write(Self.csv(labels, probabilities: probabilities), to: "in/\(student).csv")
    }

    /// q01: a byte-order mark, CRLF line ends and blank trailing lines, handed in as a folder with one CSV in it.
    mutating func writeQuirkyButValid(_ labels: [Int]) throws {
        self.labels["q01"] = labels
        try FileManager.default.createDirectory(atPath: folder.file("in/q01"), withIntermediateDirectories: true)
        try write("\u{FEFF}" + Self.csv(labels, probabilities: false, newline: "\r\n") + "\r\n\r\n", to: "in/q01/Quiz_q01_final.csv")
    }

    func writeMalformed() throws {
        let good = Self.csv(key, probabilities: false), withP = Self.csv(key, probabilities: true)
        let lines = withP.split(separator: "\n").map(String.init)
        func replaced(_ line: Int, _ text: String) -> String {
            var copy = lines
            copy[line] = text
            return copy.joined(separator: "\n") + "\n"
        }
        let files = [
            "x-empty": "",
            "x-header": good.replacingOccurrences(of: "id,label", with: "image,digit"),
            "x-ragged": good.replacingOccurrences(of: "\n5,\(key[5])\n", with: "\n5,\(key[5]),9\n"),
            "x-text-label": good.replacingOccurrences(of: "\n7,\(key[7])\n", with: "\n7,seven\n"),
            "x-label-range": good.replacingOccurrences(of: "\n8,\(key[8])\n", with: "\n8,10\n"),
            "x-duplicate": good + "3,\(key[3])\n",
            "x-missing": good.split(separator: "\n").dropLast(5).joined(separator: "\n") + "\n",
            "x-extra-id": good + "600,1\n",
            "x-nan": replaced(3, "2,\(key[2])," + (0..<10).map { $0 == key[2] ? "nan" : "0.01" }.joined(separator: ",")),
            "x-negative": replaced(4, "3,\(key[3])," + (0..<10).map { $0 == key[3] ? "1.09" : ($0 == (key[3] + 1) % 10 ? "-0.17" : "0.01") }
                .joined(separator: ",")),
            "x-sum": replaced(5, "4,\(key[4])," + (0..<10).map { $0 == key[4] ? "0.5" : "0.5" }.joined(separator: ",")),
            "x-argmax": replaced(6, "5,\((key[5] + 1) % 10)," + (0..<10).map { $0 == key[5] ? "0.91" : "0.01" }.joined(separator: ",")),
        ]
        for (name, text) in files { try write(text, to: "in/\(name).csv") }
    }
}
