import ClassifierMetrics
import Foundation
import Randomness

/// Everything the class report and the feedback pages say beyond points: each graded student's intervals, ranks that
/// only separate what the data separate, the digits and test images the class finds hard, pairs of students whose
/// answers agree the way a copied file does, and rubric lines that do not spread the class. All of it on the private part of the
/// test set, the part points use.
public struct ClassAnalysis: Sendable {
    /// Indices into `results` of the graded students, in results order.
    public let graded: [Int]
    /// A 95% interval for each rubric metric of each graded student (by results index).
    public let intervals: [Int: [ClassifierMetric: ClosedRange<Double>]]
    /// Accuracy on the private part and on the public part (nil without one), by results index.
    public let privateAccuracy: [Int: Double]
    public let publicAccuracy: [Int: Double]
    public let ranking: StatisticalRanking
    /// Rank by results index.
    public let ranks: [Int: Int]
    public let similarity: AnswerSimilarity
    public let items: ItemAnalysis
    /// The rubric lines that do not spread the graded students, with thresholds that would.
    public let rubricReach: RubricReach

    /// Analyses the graded students of `results` against `grading`'s key; `resamples` bootstrap resamples per student.
    public init(results: [StudentResult], grading: ClassGrading, resamples: Int = 1000) {
        let graded = results.indices.filter { results[$0].status == .graded && results[$0].predictions != nil }
        let ids = grading.split.privateIDs, publicIDs = grading.split.publicIDs
        let truth = ids.map { grading.key[$0] }
        let labels = graded.map { index in ids.map { results[index].predictions?[$0] ?? -1 } }
        self.graded = graded
        intervals = Self.intervals(results: results, graded: graded, grading: grading, resamples: resamples)
        var privateAccuracy: [Int: Double] = [:], publicAccuracy: [Int: Double] = [:]
        for (position, index) in graded.enumerated() {
            privateAccuracy[index] = AgreementStatistics.accuracy(trueLabels: truth, predictedLabels: labels[position])
            if !publicIDs.isEmpty, let predictions = results[index].predictions {
                publicAccuracy[index] = AgreementStatistics.accuracy(trueLabels: publicIDs.map { grading.key[$0] },
                                                                     predictedLabels: publicIDs.map { predictions[$0] })
            }
        }
        self.privateAccuracy = privateAccuracy
        self.publicAccuracy = publicAccuracy
        ranking = StatisticalRanking(correct: labels.map { row in zip(row, truth).map { $0 == $1 } })
        ranks = Dictionary(uniqueKeysWithValues: zip(graded, ranking.ranks))
        similarity = AnswerSimilarity(answers: labels, trueLabels: truth, classes: grading.classes)
        items = ItemAnalysis(trueLabels: truth, exampleIDs: ids, predictions: labels, classes: grading.classes)
        rubricReach = RubricReach(rubric: grading.assignment.rubric, students: graded.compactMap { results[$0].grade?.lines })
    }

    /// Bootstrap intervals, students in parallel; each student's generator is split off one seeded by the assignment
    /// in results order before any work starts, so the figures do not depend on scheduling.
    private static func intervals(results: [StudentResult], graded: [Int], grading: ClassGrading, resamples: Int)
        -> [Int: [ClassifierMetric: ClosedRange<Double>]] {
        let ids = grading.split.privateIDs
        let truth = ids.map { grading.key[$0] }
        let metrics = Set(grading.assignment.rubric.map(\.metric) + [.accuracy])
        var root = SeededGenerator(seed: grading.assignment.seed)
        let generators = graded.map { _ in root.split() }
        let found = ResultSlots<[ClassifierMetric: ClosedRange<Double>]>(count: graded.count)
        DispatchQueue.concurrentPerform(iterations: graded.count) { position in
            let result = results[graded[position]]
            guard let predictions = result.predictions else { return }
            var generator = generators[position]
            let raw = MetricBootstrap(resamples: resamples).intervals(
                of: metrics, trueLabels: truth, predictedLabels: ids.map { predictions[$0] },
                probabilities: result.probabilities.map { rows in ids.map { rows[$0] } }, classes: grading.classes,
                generator: &generator)
            var byMetric: [ClassifierMetric: ClosedRange<Double>] = [:]
            for metric in ClassifierMetric.allCases {
                if let interval = raw[metric], interval.lower <= interval.upper {
                    byMetric[metric] = interval.lower...interval.upper
                }
            }
            found.set(position, byMetric)
        }
        return Dictionary(uniqueKeysWithValues: zip(graded, found.values.map { $0 ?? [:] }))
    }
}
