import Randomness

/// The copies the similarity tests plant in a class, made as a student would make them from another's file.
enum CopiedFiles {
    /// Another student's answers with probabilities jittered (each moved by up to `jitter` either way, kept at 0 or
    /// above, rows scaled back to sum 1, the label their first highest) and a share `edited` of the labels changed to
    /// another digit at random, the probabilities swapped to agree: a file the grader accepts.
    static func jittered(_ probabilities: [[Double]], edited: Double, jitter: Double,
                         generator: inout SeededGenerator) -> (labels: [Int], probabilities: [[Double]]) {
        var rows = probabilities.map { row in
            let moved = row.map { max(0, $0 + (generator.uniformDouble() * 2 - 1) * jitter) }
            let sum = moved.reduce(0, +)
            return sum > 0 ? moved.map { $0 / sum } : row
        }
        var answers = rows.map(Self.argmax)
        for image in answers.indices where generator.uniformDouble() < edited {
            let label = answers[image], new = (label + 1 + generator.uniformInteger(in: 0..<9)) % 10
            rows[image].swapAt(label, new)
            answers[image] = Self.argmax(rows[image])
        }
        return (answers, rows)
    }

    /// Another student's labels with a share `edited` changed to another digit at random, handed in without probabilities.
    static func labelsOnly(_ labels: [Int], edited: Double, generator: inout SeededGenerator) -> [Int] {
        labels.map { generator.uniformDouble() < edited ? ($0 + 1 + generator.uniformInteger(in: 0..<9)) % 10 : $0 }
    }

    /// The first index of a row's largest value.
    static func argmax(_ row: [Double]) -> Int {
        row.indices.reduce(0) { row[$1] > row[$0] ? $1 : $0 }
    }
}
