import Foundation
import Gzip
import TestSupport

/// The honest class: 23 classifiers trained for real on MNIST by `Fixtures/honest-class/make_honest_class.py`
/// (scikit-learn families with several seeds, and Digitbook's own models), answering the first 2,000 test images.
/// No one in it copied: the similarity detector flags none of its 253 pairs (`HonestClassSimilarityTests`).
struct HonestClass {
    struct Student {
        let name: String
        let labels: [Int]
        let probabilities: [[Double]]
    }

    let key: [Int]
    let students: [Student]

    static let folder = SharedData.repositoryRoot + "/Tests/GradingTests/Fixtures/honest-class"

    static func load() throws -> HonestClass {
        let key = try String(contentsOfFile: folder + "/key.csv", encoding: .utf8).split(separator: "\n").dropFirst()
            .map { Int($0.split(separator: ",")[1]) ?? -1 }
        let bytes = try Gzip.decompress(Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/students.csv.gz"))))
        var order: [String] = [], labels: [String: [Int]] = [:], probabilities: [String: [[Double]]] = [:]
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n").dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let name = fields[0]
            if labels[name] == nil { order.append(name) }
            labels[name, default: []].append(Int(fields[2]) ?? -1)
            probabilities[name, default: []].append(fields[3...].map { Double($0) ?? .nan })
        }
        let students = order.map { Student(name: $0, labels: labels[$0] ?? [], probabilities: probabilities[$0] ?? []) }
        return HonestClass(key: key, students: students)
    }
}
