/// Pairs of classifiers whose answers agree the way a copied file does, judged against the rest of their own class.
///
/// Honest classifiers that resemble each other (two seeds of one random forest, two k-NNs) agree on most images, and
/// where they differ it is mostly on the images the rest of the class disagrees about too: their differences are
/// judgement. A copied file differs from its source by edits (labels changed by hand, probabilities jittered), which
/// fall as often on images the class agrees on as anywhere: its differences are edits, and it keeps the source's
/// unusual answers. So for each pair, with the pair itself left out of the class:
/// - **contested** images are those the rest of the class disagrees about (its most common answer given by fewer than
///   80%), **settled** ones those 90% or more of it answer alike;
/// - the pair **agrees like a copy** when it agrees on at least 85% of the contested images and differs there less than
///   5 times as often as on settled ones (a copy with edits differs about as often on both), or when it agrees on at
///   least 97% of the contested images whatever the settled ones say;
/// - and it **shares unusual answers**: of the wrong answers one of them gives that fewer than half of the rest give,
///   the other gives at least half, and at least 3 (a right answer is no evidence: two strong students are both right
///   where weaker ones are not).
///
/// A pair is flagged when both hold, which needs at least 20 contested and 20 settled images. A pair that gives the
/// same wrong answer on at least 98% of the images either gets wrong, and on at least 10, is flagged too, whatever the
/// rest says: when half a class hands in one file, its answers are not unusual in that class any more. The class needs
/// at least 3 others for each pair; with less, no pair is judged. The thresholds were set on 23 classifiers trained independently for
/// real (`Tests/GradingTests/Fixtures/honest-class`) and copies made from them; GradingAClass.md gives the rates measured.
public struct AnswerSimilarity: Sendable {
    /// One pair's figures; `first` < `second` index the classifiers as given.
    public struct Pair: Sendable, Equatable {
        public let first: Int, second: Int
        /// Images the rest of the class disagrees about, and on how many of them the pair answers differently.
        public let contested: Int, contestedDifferences: Int
        /// Images the rest of the class settles, and on how many of them the pair answers differently.
        public let settled: Int, settledDifferences: Int
        /// Shared unusual answers, and each student's unusual answers in all.
        ///
        /// An unusual answer is a wrong one that fewer than half of the rest of the class give to that image.
        public let sharedUnusual: Int, unusualFirst: Int, unusualSecond: Int
        /// Images on which the pair gives the same wrong answer, and images either of the two gets wrong.
        public let sameMistakes: Int, mistakes: Int
        /// 1 for the pair that agrees most on contested images, counting ties as the same place.
        public fileprivate(set) var rank = 0
        public fileprivate(set) var flagged = false

        /// The share of contested images the pair answers alike.
        public var contestedAgreement: Double {
            contested == 0 ? 0 : 1 - Double(contestedDifferences) / Double(contested)
        }

        /// How many times more often the pair differs on contested images than on settled ones.
        ///
        /// Half a difference is added to each count and one image to each total, so that a few differences do not
        /// make it infinite or zero.
        public var concentration: Double {
            ((Double(contestedDifferences) + 0.5) / (Double(contested) + 1))
                / ((Double(settledDifferences) + 0.5) / (Double(settled) + 1))
        }

        /// The larger of the two shares of a student's unusual answers that the other gives too.
        public var sharedUnusualShare: Double {
            max(Double(sharedUnusual) / Double(max(1, unusualFirst)), Double(sharedUnusual) / Double(max(1, unusualSecond)))
        }
    }

    /// The thresholds above, named where the pages explain them.
    public static let contestedBelow = 0.8, settledFrom = 0.9
    public static let copyAgreement = 0.85, copyConcentration = 5.0, nearIdentical = 0.97
    public static let unusualBelow = 0.5, sharedUnusualShareAtLeast = 0.5, sharedUnusualAtLeast = 3
    public static let fewestImages = 20, fewestOthers = 3
    public static let identicalMistakesShare = 0.98, identicalMistakesAtLeast = 10

    /// Every pair, in the order (0, 1), (0, 2), …, (1, 2), …
    public let pairs: [Pair]
    /// Whether the class was large enough to judge (at least `fewestOthers` others for each pair).
    public let judged: Bool
    private let answers: [[Int]]
    private let truth: [Int]
    private let counts: AnswerCounts

    /// Pairs for human review, the one agreeing most on contested images first.
    public var flagged: [Pair] { pairs.filter(\.flagged).sorted { ($0.rank, $0.first, $0.second) < ($1.rank, $1.first, $1.second) } }

    /// Judges every pair of `answers`, where `answers[s]` are classifier `s`'s labels for the images of `trueLabels`.
    ///
    /// Every row is read as far as the shortest goes (the true labels included). A label outside 0..<classes counts
    /// as an answer no one else gives, and two such labels are not a shared answer.
    public init(answers: [[Int]], trueLabels: [Int], classes: Int) {
        self.answers = answers
        truth = trueLabels
        let counts = AnswerCounts(answers, classes: classes, examples: trueLabels.count)
        self.counts = counts
        judged = answers.count - 2 >= Self.fewestOthers
        var raw: [Pair] = []
        raw.reserveCapacity(answers.count * (answers.count - 1) / 2)
        for first in answers.indices {
            for second in answers.indices where second > first {
                raw.append(Self.measure(first, second, answers: answers, truth: trueLabels, counts: counts, judged: judged))
            }
        }
        let agreements = raw.map(\.contestedAgreement).sorted(by: >)
        pairs = raw.map { pair in
            var ranked = pair
            ranked.rank = 1 + Self.countGreater(than: pair.contestedAgreement, inDescending: agreements)
            return ranked
        }
    }

    /// The images where the pair gives the same wrong answer that fewer than half of the rest give, the rarest first.
    public func sharedUnusualAnswers(of pair: Pair) -> [Int] {
        let others = answers.count - 2, (a, b) = (answers[pair.first], answers[pair.second])
        return (0..<counts.examples).filter { example in
            a[example] == b[example] && a[example] != truth[example] && (0..<counts.classes).contains(a[example])
                && Double(counts.others(example, a[example], leaving: a[example], b[example])) < Self.unusualBelow * Double(others)
        }.sorted { counts.others($0, a[$0], leaving: a[$0], b[$0]) < counts.others($1, a[$1], leaving: a[$1], b[$1]) }
    }

    /// The images on which the pair gives the same wrong answer, the ones fewest of the rest give first.
    public func sameMistakeImages(of pair: Pair) -> [Int] {
        let (a, b) = (answers[pair.first], answers[pair.second])
        return (0..<counts.examples).filter { a[$0] == b[$0] && a[$0] != truth[$0] && (0..<counts.classes).contains(a[$0]) }
            .sorted { counts.others($0, a[$0], leaving: a[$0], b[$0]) < counts.others($1, a[$1], leaving: a[$1], b[$1]) }
    }

    /// The settled images on which the pair answers differently: where one of a copied pair was edited.
    public func settledDifferences(of pair: Pair) -> [Int] {
        let others = answers.count - 2, (a, b) = (answers[pair.first], answers[pair.second])
        return (0..<counts.examples).filter { example in
            a[example] != b[example] && Double(counts.othersLargestGroup(example, leaving: a[example], b[example]))
                >= Self.settledFrom * Double(others)
        }
    }

    /// How many of the rest of the class give `answer` to `example` when `pair` is left out, and how many that rest is.
    public func othersGiving(_ answer: Int, to example: Int, besides pair: Pair) -> (count: Int, of: Int) {
        let (a, b) = (answers[pair.first][example], answers[pair.second][example])
        return (counts.others(example, answer, leaving: a, b), answers.count - 2)
    }

    /// How many values of `descending` are greater than `value` (a binary search).
    static func countGreater(than value: Double, inDescending descending: [Double]) -> Int {
        var low = 0, high = descending.count
        while low < high {
            let middle = (low + high) / 2
            if descending[middle] > value { low = middle + 1 } else { high = middle }
        }
        return low
    }

    private static func measure(_ first: Int, _ second: Int, answers: [[Int]], truth: [Int], counts: AnswerCounts,
                                judged: Bool) -> Pair {
        let others = Double(answers.count - 2), (a, b) = (answers[first], answers[second])
        var contested = 0, contestedDifferences = 0, settled = 0, settledDifferences = 0
        var shared = 0, unusualFirst = 0, unusualSecond = 0, sameMistakes = 0, mistakes = 0
        for example in 0..<counts.examples {
            let x = a[example], y = b[example], right = truth[example]
            let largest = Double(counts.othersLargestGroup(example, leaving: x, y))
            if largest < contestedBelow * others {
                contested += 1
                if x != y { contestedDifferences += 1 }
            } else if largest >= settledFrom * others {
                settled += 1
                if x != y { settledDifferences += 1 }
            }
            let firstUnusual = x != right && Double(counts.others(example, x, leaving: x, y)) < unusualBelow * others
            let secondUnusual = y != right && Double(counts.others(example, y, leaving: x, y)) < unusualBelow * others
            if firstUnusual { unusualFirst += 1 }
            if secondUnusual { unusualSecond += 1 }
            if firstUnusual && x == y && (0..<counts.classes).contains(x) { shared += 1 }
            if x != right || y != right { mistakes += 1 }
            if x != right && x == y && (0..<counts.classes).contains(x) { sameMistakes += 1 }
        }
        var pair = Pair(first: first, second: second, contested: contested, contestedDifferences: contestedDifferences,
                        settled: settled, settledDifferences: settledDifferences, sharedUnusual: shared,
                        unusualFirst: unusualFirst, unusualSecond: unusualSecond, sameMistakes: sameMistakes, mistakes: mistakes)
        let enough = judged && contested >= fewestImages && settled >= fewestImages
        let agreesLikeACopy = (pair.contestedAgreement >= copyAgreement && pair.concentration < copyConcentration)
            || pair.contestedAgreement >= nearIdentical
        let sharesUnusual = shared >= sharedUnusualAtLeast && pair.sharedUnusualShare >= sharedUnusualShareAtLeast
        let identicalMistakes = sameMistakes >= identicalMistakesAtLeast
            && Double(sameMistakes) >= identicalMistakesShare * Double(mistakes)
        pair.flagged = judged && ((enough && agreesLikeACopy && sharesUnusual) || identicalMistakes)
        return pair
    }
}
