import ClassifierMetrics
import NumberFormats
import Randomness

/// How often the similarity detector flags an honest pair, and how often it finds each kind of copy, over classes drawn
/// from the honest pool: k of its students on n of its images, each class with one copy of a randomly chosen member.
struct SimilarityRates {
    /// A kind of copying, planted in a class that holds its source.
    enum Scenario: String, CaseIterable {
        case jittered = "a copy (labels changed, probabilities jittered)"
        case labelsOnly = "a label-only copy"
        case copyOfACopy = "a copy of a copy"
        case twoFromAThird = "two copying from a third"

        /// What the detector says of a class with copies of `source` planted in it.
        struct Outcome {
            /// Every copier is in a flagged pair with its source or another of its copiers.
            let copiersFlagged: Bool
            /// A pair of two of the class's own students is flagged.
            let honestPairFlagged: Bool
        }

        /// Plants copies of `source` in the class and judges it; the share of labels changed and the jitter are drawn
        /// per copy, uniformly from their ranges.
        func plant(source: Int, answers: [[Int]], truth: [Int], probabilities: [[[Double]]], edited: ClosedRange<Double>,
                   jitter: ClosedRange<Double>, generator: inout SeededGenerator) -> Outcome {
            func draw(_ range: ClosedRange<Double>) -> Double {
                range.lowerBound + generator.uniformDouble() * (range.upperBound - range.lowerBound)
            }
            func copy(_ rows: [[Double]]) -> (labels: [Int], probabilities: [[Double]]) {
                CopiedFiles.jittered(rows, edited: draw(edited), jitter: draw(jitter), generator: &generator)
            }
            var planted = answers
            switch self {
            case .jittered: planted.append(copy(probabilities[source]).labels)
            case .labelsOnly:
                planted.append(CopiedFiles.labelsOnly(answers[source], edited: draw(edited), generator: &generator))
            case .copyOfACopy:
                let first = copy(probabilities[source])
                planted.append(first.labels)
                planted.append(copy(first.probabilities).labels)
            case .twoFromAThird:
                planted.append(copy(probabilities[source]).labels)
                planted.append(copy(probabilities[source]).labels)
            }
            let flagged = AnswerSimilarity(answers: planted, trueLabels: truth, classes: 10).flagged
            let copiers = answers.count..<planted.count
            let found = copiers.allSatisfy { copier in
                flagged.contains { pair in
                    let partner = pair.first == copier ? pair.second : pair.second == copier ? pair.first : nil
                    return partner.map { $0 == source || copiers.contains($0) } ?? false
                }
            }
            return Outcome(copiersFlagged: found, honestPairFlagged: flagged.contains { $0.second < answers.count })
        }
    }

    /// The share of classes in which no honest pair was flagged.
    var honestClassesClean: Double
    /// The share of planted copies flagged, per scenario.
    var detected: [Scenario: Double]

    var summary: String {
        "no honest pair flagged in \(Self.percent(honestClassesClean)) of classes; "
            + Scenario.allCases.map { "\($0.rawValue) flagged in \(Self.percent(detected[$0] ?? 0))" }.joined(separator: ", ")
    }

    static func percent(_ share: Double) -> String { NumberText.percent(share, decimals: 1) }

    /// Draws `classes` classes of `classSize` students on `images` images, and plants each scenario in each class.
    static func measure(_ honest: HonestClass, classSize: Int, images: Int, classes: Int,
                        generator: inout SeededGenerator) -> SimilarityRates {
        var clean = 0, found = [Scenario: Int]()
        for _ in 0..<classes {
            let members = sample(classSize, below: honest.students.count, generator: &generator)
            let chosen = sample(images, below: honest.key.count, generator: &generator)
            let answers = members.map { member in chosen.map { honest.students[member].labels[$0] } }
            let probabilities = members.map { member in chosen.map { honest.students[member].probabilities[$0] } }
            let truth = chosen.map { honest.key[$0] }
            if AnswerSimilarity(answers: answers, trueLabels: truth, classes: 10).flagged.isEmpty { clean += 1 }
            for scenario in Scenario.allCases {
                let source = generator.uniformInteger(in: 0..<classSize)
                if scenario.plant(source: source, answers: answers, truth: truth, probabilities: probabilities, edited: 0...0.05,
                                  jitter: 0...0.05, generator: &generator).copiersFlagged {
                    found[scenario, default: 0] += 1
                }
            }
        }
        let total = Double(max(1, classes))
        return SimilarityRates(honestClassesClean: Double(clean) / total,
                               detected: found.mapValues { Double($0) / total }.merging(
                                   Dictionary(uniqueKeysWithValues: Scenario.allCases.map { ($0, 0.0) }), uniquingKeysWith: { a, _ in a }))
    }

    /// `count` different indices below `bound`, in random order: the students or images of a drawn class.
    static func sample(_ count: Int, below bound: Int, generator: inout SeededGenerator) -> [Int] {
        var pool = Array(0..<bound)
        for index in 0..<min(count, bound) { pool.swapAt(index, index + generator.uniformInteger(in: 0..<(bound - index))) }
        return Array(pool.prefix(count))
    }
}
