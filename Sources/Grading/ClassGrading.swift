import Foundation
import IDX
import Localization

/// Grades a whole class: each submission read strictly and scored on the rubric, roster students without one missing.
public struct ClassGrading: Sendable {
    public let assignment: Assignment
    /// The true label of every test example.
    public let key: [Int]
    public let classes: Int
    /// The key's images, when the assignment names them.
    public let images: ImageSet?
    public let split: LeaderboardSplit
    /// The feedback and class pages' words, in the assignment's language.
    let words: GradingWords

    public init(assignment: Assignment, key: [Int], classes: Int = 10, images: ImageSet? = nil) {
        self.assignment = assignment
        self.key = key
        self.classes = classes
        self.images = images
        split = LeaderboardSplit(count: key.count, fraction: assignment.publicFraction, seed: assignment.seed)
        words = GradingWords(language: assignment.language)
    }

    /// Reads the key (and its images, when named) that `assignment` points to.
    public init(loading assignment: Assignment, classes: Int = 10) throws(IDXError) {
        let labels = try IDXReader.labels(at: assignment.labels, classCount: classes).map(Int.init)
        var images: ImageSet?
        if let path = assignment.images {
            let read = try IDXReader.images(at: path)
            guard read.count == labels.count else {
                throw IDXError(file: path, kind: .countMismatch, detail: "\(read.count) images for the key's \(labels.count) labels")
            }
            images = read
        }
        self.init(assignment: assignment, key: labels, classes: classes, images: images)
    }

    /// The fewest test images points may use before the grades are called noisy.
    static let fewestPrivateImages = 100

    /// Warnings about the assignment that grading can give only with the key at hand.
    public var warnings: [String] {
        let kept = split.privateIDs.count
        guard !split.publicIDs.isEmpty, kept < Self.fewestPrivateImages else { return [] }
        return ["field public_fraction: points use only \(kept) of the \(key.count) test images (the rest are public); "
            + "grades that rest on so few images are noisy; lower public_fraction so that at least \(Self.fewestPrivateImages) remain"]
    }

    /// One result per student: roster order first (missing when they handed nothing in), then anyone not on the
    /// roster, by id. `submittedAt` gives submission times for the late policy.
    public func grade(_ submissions: [Submission], roster: [String] = [], submittedAt: [String: Date] = [:]) -> [StudentResult] {
        let byStudent = Dictionary(submissions.map { ($0.student, $0) }, uniquingKeysWith: { first, _ in first })
        let others = submissions.map(\.student).filter { !roster.contains($0) }.sorted()
        let reader = SubmissionReader(count: key.count, classes: classes, images: images,
                                      budget: RunBudget(limit: assignment.runTimeLimit))
        let students = roster + others
        // Reading, checking and scoring files is most of the work: one student per core at a time.
        let slots = ResultSlots<StudentResult>(count: students.count)
        DispatchQueue.concurrentPerform(iterations: students.count) { index in
            let student = students[index]
            guard let submission = byStudent[student] else {
                slots.set(index, StudentResult(student: student, status: .missing, grade: nil, problems: ["no submission"],
                                               predictions: nil, probabilities: nil))
                return
            }
            slots.set(index, result(student, reader.read(submission), submitted: submittedAt[student]))
        }
        return slots.values.enumerated().map { index, result in
            result ?? StudentResult(student: students[index], status: .invalid, grade: nil, problems: ["not read"], predictions: nil,
                                    probabilities: nil)
        }
    }

    private func result(_ student: String, _ outcome: SubmissionReader.Outcome, submitted: Date?) -> StudentResult {
        switch outcome {
        case let .problems(problems):
            return StudentResult(student: student, status: .invalid, grade: nil, problems: problems, predictions: nil, probabilities: nil)
        case let .predictions(labels, probabilities):
            return scored(student, labels: labels, probabilities: probabilities, submitted: submitted)
        }
    }

    /// A gradable submission's result: `labels` (and `probabilities`, one row per key image) scored on the rubric, on
    /// the private part of the key.
    func scored(_ student: String, labels: [Int], probabilities: [[Double]]?, submitted: Date? = nil) -> StudentResult {
        let ids = split.privateIDs
        let values = MetricValues(
            trueLabels: ids.map { key[$0] }, predictedLabels: ids.map { labels[$0] },
            probabilities: probabilities.map { rows in ids.map { rows[$0] } }, classes: classes,
            wanted: Set(assignment.rubric.map(\.metric)))
        return StudentResult(student: student, status: .graded, grade: Grade(assignment, values: values, submitted: submitted),
                             problems: [], predictions: labels, probabilities: probabilities)
    }
}
