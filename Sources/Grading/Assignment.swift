import Foundation

/// An assignment: the answer key, the rubric, the late policy and the class, as an assignment file describes them.
public struct Assignment: Equatable, Sendable {
    public var title: String
    /// The answer key: an IDX labels file (a path resolved against the assignment file's folder).
    public var labels: String
    /// The key's images, to draw mistakes and run model submissions.
    public var images: String?
    public var seed: UInt64 = 0
    /// The share of the test set on a public leaderboard (points use the rest).
    public var publicFraction: Double?
    public var due: Date?
    public var late: LatePolicy?
    public var rubric: [RubricItem]
    /// A roster CSV: `id,name,sis_user_id,sis_login_id,section`.
    public var roster: String?
    public var canvasAssignmentID: Int?
    /// The most seconds a run-folder submission may take to predict the key's images.
    public var runTimeLimit: Double = 120
    /// The language of the feedback pages and the class report (a catalogue's tag, field `lang`).
    public var language = "en"

    public init(title: String, labels: String, rubric: [RubricItem]) {
        self.title = title
        self.labels = labels
        self.rubric = rubric
    }

    /// The most points the rubric gives.
    public var maximumPoints: Double { rubric.reduce(0) { $0 + $1.points } }

    /// The column Canvas's gradebook import expects: the title, with the assignment's id when there is one.
    public var canvasColumn: String {
        canvasAssignmentID.map { "\(title) (\($0))" } ?? title
    }
}
