import Randomness
import Testing
@testable import ClassifierMetrics

/// Answer similarity: its counts against a direct count, and its verdicts on classes whose truth is known.
@Suite struct AnswerSimilarityTests {
    /// A class whose students err mostly on a shared set of hard images (between two confusable answers) and rarely
    /// elsewhere, each independently: honest work with the structure real classes have.
    static func honestClass(students: Int, images: Int, generator: inout SeededGenerator) -> (truth: [Int], answers: [[Int]]) {
        let truth = (0..<images).map { _ in Int(generator.uniformInteger(below: 10)) }
        let hard = (0..<images).map { _ in generator.uniformDouble() < 0.15 }
        let answers = (0..<students).map { _ in
            truth.indices.map { image in
                let confusable = (truth[image] + 1 + image % 3) % 10
                if hard[image] { return generator.uniformDouble() < 0.4 ? confusable : truth[image] }
                return generator.uniformDouble() < 0.01 ? (truth[image] + 1 + Int(generator.uniformInteger(below: 9))) % 10 : truth[image]
            }
        }
        return (truth, answers)
    }

    /// `source` with a share `edited` of its answers changed to another digit at random.
    static func edited(_ source: [Int], share edited: Double, generator: inout SeededGenerator) -> [Int] {
        source.map { generator.uniformDouble() < edited ? ($0 + 1 + Int(generator.uniformInteger(below: 9))) % 10 : $0 }
    }

    @Test func countsMatchADirectCount() {
        var generator = SeededGenerator(seed: 3)
        var (truth, answers) = Self.honestClass(students: 8, images: 400, generator: &generator)
        answers.append(Self.edited(answers[2], share: 0.05, generator: &generator))
        answers[5][7] = -1  // an answer outside the digits counts as one no one else gives
        let similarity = AnswerSimilarity(answers: answers, trueLabels: truth, classes: 10)
        #expect(similarity.pairs.count == 9 * 8 / 2 && similarity.judged)
        for pair in similarity.pairs {
            let others = answers.indices.filter { $0 != pair.first && $0 != pair.second }
            var contested = 0, contestedDifferences = 0, settled = 0, settledDifferences = 0, shared = 0, unusualA = 0, unusualB = 0
            var sameMistakes = 0, mistakes = 0
            for image in 0..<400 {
                let a = answers[pair.first][image], b = answers[pair.second][image]
                let given = others.map { answers[$0][image] }
                let largest = (0..<10).map { digit in given.filter { $0 == digit }.count }.max() ?? 0
                if Double(largest) < 0.8 * Double(others.count) {
                    contested += 1
                    if a != b { contestedDifferences += 1 }
                } else if Double(largest) >= 0.9 * Double(others.count) {
                    settled += 1
                    if a != b { settledDifferences += 1 }
                }
                let rareA = a != truth[image] && Double(given.filter { $0 == a && a >= 0 }.count) < 0.5 * Double(others.count)
                let rareB = b != truth[image] && Double(given.filter { $0 == b && b >= 0 }.count) < 0.5 * Double(others.count)
                if rareA { unusualA += 1 }
                if rareB { unusualB += 1 }
                if rareA && a == b && a >= 0 { shared += 1 }
                if a != truth[image] || b != truth[image] { mistakes += 1 }
                if a != truth[image] && a == b && a >= 0 { sameMistakes += 1 }
            }
            #expect(pair.contested == contested && pair.contestedDifferences == contestedDifferences, "\(pair.first), \(pair.second)")
            #expect(pair.settled == settled && pair.settledDifferences == settledDifferences, "\(pair.first), \(pair.second)")
            #expect(pair.sharedUnusual == shared && pair.unusualFirst == unusualA && pair.unusualSecond == unusualB)
            #expect(pair.sameMistakes == sameMistakes && pair.mistakes == mistakes)
            #expect(similarity.sharedUnusualAnswers(of: pair).count == shared)
            #expect(similarity.settledDifferences(of: pair).count == settledDifferences)
        }
        // Ranks: 1 + the number of pairs agreeing more on contested images.
        for pair in similarity.pairs {
            #expect(pair.rank == 1 + similarity.pairs.filter { $0.contestedAgreement > pair.contestedAgreement }.count)
        }
    }

    @Test func flagsAnEditedCopyAndNoHonestPair() {
        var generator = SeededGenerator(seed: 11)
        var (truth, answers) = Self.honestClass(students: 12, images: 2000, generator: &generator)
        answers.append(Self.edited(answers[4], share: 0.04, generator: &generator))
        let similarity = AnswerSimilarity(answers: answers, trueLabels: truth, classes: 10)
        #expect(similarity.flagged.map { [$0.first, $0.second] } == [[4, 12]])
        guard let pair = similarity.flagged.first else { return }
        #expect(pair.rank == 1 && pair.concentration < 2 && pair.sharedUnusualShare > 0.9)
        #expect(similarity.settledDifferences(of: pair).count == pair.settledDifferences)
        // Two honest students: they differ mostly where the class does, and share few unusual answers.
        let honest = similarity.pairs.filter { $0.second != 12 }
        #expect(honest.allSatisfy { $0.concentration > 10 && !$0.flagged })
    }

    @Test func independentMistakesShareNoUnusualAnswers() {
        // Students whose mistakes are random everywhere differ as evenly as a copy's edits do; what tells them apart
        // is that none keeps another's unusual answers.
        var generator = SeededGenerator(seed: 12)
        let truth = (0..<1500).map { _ in Int(generator.uniformInteger(below: 10)) }
        var answers = (0..<10).map { _ in Self.edited(truth, share: 0.06, generator: &generator) }
        answers.append(Self.edited(answers[0], share: 0.03, generator: &generator))
        let similarity = AnswerSimilarity(answers: answers, trueLabels: truth, classes: 10)
        #expect(similarity.flagged.map { [$0.first, $0.second] } == [[0, 10]])
    }

    /// Rows of different lengths are read as far as the shortest; labels outside the digits, even the same one from
    /// both students, are nobody's shared answer; a negative number of classes is no class at all.
    @Test func raggedRowsAndStrayLabelsAreReadSafely() {
        var generator = SeededGenerator(seed: 14)
        var (truth, answers) = Self.honestClass(students: 6, images: 300, generator: &generator)
        answers[1] = Array(answers[1].prefix(250))
        answers[2][3] = 12; answers[3][3] = 12; answers[2][4] = -1; answers[3][4] = -1
        let similarity = AnswerSimilarity(answers: answers, trueLabels: truth, classes: 10)
        let pair = try? #require(similarity.pairs.first { $0.first == 2 && $0.second == 3 })
        #expect(pair.map { $0.contested + $0.settled <= 250 } == true)
        #expect(pair.map { similarity.sharedUnusualAnswers(of: $0).allSatisfy { ![3, 4].contains($0) } } == true)
        #expect(AnswerSimilarity(answers: answers, trueLabels: truth, classes: -3).pairs.allSatisfy { !$0.flagged })
        #expect(AnswerSimilarity(answers: [], trueLabels: truth, classes: 10).pairs.isEmpty)
        #expect(AnswerSimilarity(answers: [[1]], trueLabels: [], classes: 10).pairs.isEmpty)
        #expect(AnswerSimilarity(answers: answers, trueLabels: Array(truth.prefix(100)), classes: 10).pairs
            .allSatisfy { $0.contested + $0.settled <= 100 && $0.mistakes <= 100 })
    }

    @Test func aClassOfFourIsNotJudged() {
        var generator = SeededGenerator(seed: 13)
        var (truth, answers) = Self.honestClass(students: 3, images: 500, generator: &generator)
        answers.append(answers[0])
        let similarity = AnswerSimilarity(answers: answers, trueLabels: truth, classes: 10)
        #expect(!similarity.judged && similarity.flagged.isEmpty && similarity.pairs.count == 6)
    }

    /// When more than half a class hands in one file, its answers are the class's usual ones; the copies are still
    /// flagged, by their identical mistakes, and no honest pair is.
    @Test func aFileHandedInByMostOfTheClassIsFlagged() {
        var generator = SeededGenerator(seed: 15)
        var (truth, answers) = Self.honestClass(students: 10, images: 1000, generator: &generator)
        answers += Array(repeating: answers[0], count: 11)
        let similarity = AnswerSimilarity(answers: answers, trueLabels: truth, classes: 10)
        let copies = Set([0] + Array(10..<21))
        let flagged = similarity.flagged
        #expect(flagged.count == copies.count * (copies.count - 1) / 2)
        #expect(flagged.allSatisfy { copies.contains($0.first) && copies.contains($0.second) })
        #expect(flagged.allSatisfy { $0.sameMistakes == $0.mistakes && $0.mistakes >= 10 })
        #expect(flagged.allSatisfy { similarity.sameMistakeImages(of: $0).count == $0.sameMistakes })
    }

    /// Students who are all right, or who all hand in the key itself, share no mistake: nothing to flag.
    @Test func rightAnswersAreNoEvidence() {
        var generator = SeededGenerator(seed: 16)
        let (truth, answers) = Self.honestClass(students: 6, images: 800, generator: &generator)
        #expect(AnswerSimilarity(answers: Array(repeating: truth, count: 6), trueLabels: truth, classes: 10).flagged.isEmpty)
        // Two strong students among weak ones: right where the rest is wrong, and not flagged for it.
        var strong = answers.map { Self.edited($0, share: 0.3, generator: &generator) }
        strong[0] = Self.edited(truth, share: 0.01, generator: &generator)
        strong[1] = Self.edited(truth, share: 0.01, generator: &generator)
        let similarity = AnswerSimilarity(answers: strong, trueLabels: truth, classes: 10)
        #expect(similarity.flagged.isEmpty)
        let pair = similarity.pairs.first { $0.first == 0 && $0.second == 1 }
        #expect(pair.map { $0.sharedUnusual <= 2 } == true, "right answers are not unusual answers")
    }
}
