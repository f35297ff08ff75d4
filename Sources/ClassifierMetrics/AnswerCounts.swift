/// How many members of a group give each answer to each example.
///
/// It tells what the rest of the group says once two of its members are left out: the class-relative yardstick
/// `AnswerSimilarity` judges each pair by.
struct AnswerCounts {
    let examples: Int
    let classes: Int
    /// `counts[i * classes + k]`: members answering example `i` with `k` (answers outside 0..<classes are not counted).
    private let counts: [Int32]
    /// Per example, the three answers given most often, most first: enough to find the most common answer of the rest
    /// of the group once any two members are taken out, since that takes at most two answers down.
    private let leaders: [(Int, Int, Int)]

    /// Counts `answers` on their first `limit` examples (fewer when a row is shorter).
    init(_ answers: [[Int]], classes: Int, examples limit: Int) {
        let classes = max(0, classes)
        self.classes = classes
        examples = max(0, min(limit, answers.map(\.count).min() ?? 0))
        var counts = [Int32](repeating: 0, count: examples * classes)
        for row in answers {
            for example in 0..<examples where (0..<classes).contains(row[example]) { counts[example * classes + row[example]] += 1 }
        }
        self.counts = counts
        leaders = (0..<examples).map { example in
            var best = [(-1, Int32(-1)), (-1, Int32(-1)), (-1, Int32(-1))]
            for answer in 0..<classes {
                let count = counts[example * classes + answer]
                if count > best[0].1 {
                    best = [(answer, count), best[0], best[1]]
                } else if count > best[1].1 {
                    best = [best[0], (answer, count), best[1]]
                } else if count > best[2].1 {
                    best[2] = (answer, count)
                }
            }
            return (best[0].0, best[1].0, best[2].0)
        }
    }

    /// How many members other than the two whose answers are `first` and `second` answer `example` with `answer`.
    func others(_ example: Int, _ answer: Int, leaving first: Int, _ second: Int) -> Int {
        guard (0..<classes).contains(answer) else { return 0 }
        return Int(counts[example * classes + answer]) - (first == answer ? 1 : 0) - (second == answer ? 1 : 0)
    }

    /// The largest number of the other members who agree on `example`, once the two answering `first` and `second`
    /// are left out.
    func othersLargestGroup(_ example: Int, leaving first: Int, _ second: Int) -> Int {
        let (top, next, third) = leaders[example]
        var largest = 0
        if top >= 0 { largest = others(example, top, leaving: first, second) }
        if next >= 0 { largest = max(largest, others(example, next, leaving: first, second)) }
        if third >= 0 { largest = max(largest, others(example, third, leaving: first, second)) }
        return largest
    }
}
