import Testing
@testable import Grading

/// The committed honest class is what its generator says: real classifiers of several families, each answering every
/// image as a gradable file would (probabilities summing to 1, the label their first highest).
@Suite struct HonestClassFixtureTests {
    @Test func everyStudentAnswersEveryImageAsAGradableFileWould() throws {
        let honest = try HonestClass.load()
        #expect(honest.key.count == 2000 && honest.students.count == 23)
        for student in honest.students {
            #expect(student.labels.count == 2000 && student.probabilities.count == 2000, "\(student.name)")
            let bad = zip(student.labels, student.probabilities).filter { label, row in
                row.count != 10 || abs(row.reduce(0, +) - 1) > 1e-9 || row.firstIndex(of: row.max() ?? -1) != label
            }
            #expect(bad.isEmpty, "\(student.name): \(bad.count) rows")
        }
        // Families with two or more seeds, and accuracies as trained (a forest about 96%, naive Bayes far below).
        let accuracy = Dictionary(uniqueKeysWithValues: honest.students.map { student in
            (student.name, Double(zip(student.labels, honest.key).filter { $0 == $1 }.count) / Double(honest.key.count))
        })
        for family in ["random-forest-", "extra-trees-", "sgd-", "mlp-sklearn-", "digitbook-mlp-"] {
            #expect(honest.students.filter { $0.name.hasPrefix(family) }.count >= 2, "\(family)")
        }
        #expect((accuracy["random-forest-0"] ?? 0) > 0.95 && (accuracy["gaussian-nb"] ?? 1) < 0.6)
        #expect((accuracy["digitbook-lenet5"] ?? 0) > 0.97)
    }
}
