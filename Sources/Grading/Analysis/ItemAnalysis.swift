/// What the class as a whole finds hard: accuracy per digit across the graded students, and the test examples most
/// of them miss, with the wrong label they most often give.
public struct ItemAnalysis: Sendable {
    /// Per true class: the class's mean recall, and the lowest and highest student's.
    public struct Digit: Sendable, Equatable {
        public let label: Int
        public let mean: Double, lowest: Double, highest: Double
    }

    /// One test example many students miss.
    public struct HardExample: Sendable, Equatable {
        /// The example's id in the test set.
        public let id: Int
        public let trueLabel: Int
        /// The share of graded students who missed it, and the wrong label given most often.
        public let missedBy: Double
        public let commonAnswer: Int
    }

    public let digits: [Digit]
    /// The most missed examples, most missed first (ties by id), at most `limit`, only those missed by someone.
    public let hardest: [HardExample]

    public init(trueLabels: [Int], exampleIDs: [Int], predictions: [[Int]], classes: Int, limit: Int = 24) {
        let students = Double(predictions.count)
        digits = (0..<classes).compactMap { label in
            let members = trueLabels.indices.filter { trueLabels[$0] == label }
            guard !members.isEmpty, !predictions.isEmpty else { return nil }
            let recalls = predictions.map { row in Double(members.filter { row[$0] == label }.count) / Double(members.count) }
            return Digit(label: label, mean: recalls.reduce(0, +) / students, lowest: recalls.min() ?? 0, highest: recalls.max() ?? 0)
        }
        var missed: [(position: Int, share: Double, answer: Int)] = []
        for position in trueLabels.indices {
            var answers = [Int](repeating: 0, count: classes)
            var wrong = 0
            for row in predictions where row[position] != trueLabels[position] {
                wrong += 1
                if (0..<classes).contains(row[position]) { answers[row[position]] += 1 }
            }
            guard wrong > 0 else { continue }
            let answer = answers.indices.max { answers[$0] < answers[$1] || (answers[$0] == answers[$1] && $0 > $1) } ?? 0
            missed.append((position, Double(wrong) / students, answer))
        }
        missed.sort { $0.share != $1.share ? $0.share > $1.share : exampleIDs[$0.position] < exampleIDs[$1.position] }
        hardest = missed.prefix(limit).map {
            HardExample(id: exampleIDs[$0.position], trueLabel: trueLabels[$0.position], missedBy: $0.share, commonAnswer: $0.answer)
        }
    }
}
