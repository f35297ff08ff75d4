import ClassifierMetrics

/// One student's figures beyond points, as the feedback page and Gradescope's file show them.
public struct StudentFigures: Sendable {
    /// A 95% interval for each metric computed.
    public let intervals: [ClassifierMetric: ClosedRange<Double>]
    public let privateAccuracy: Double?
    public let publicAccuracy: Double?
    /// The statistical rank, and how many graded students share the leaderboard.
    public let rank: Int?
    public let classSize: Int

    public init(intervals: [ClassifierMetric: ClosedRange<Double>] = [:], privateAccuracy: Double? = nil,
                publicAccuracy: Double? = nil, rank: Int? = nil, classSize: Int = 0) {
        self.intervals = intervals
        self.privateAccuracy = privateAccuracy
        self.publicAccuracy = publicAccuracy
        self.rank = rank
        self.classSize = classSize
    }
}

extension ClassAnalysis {
    /// The figures of the student at `index` in the results.
    public func figures(of index: Int) -> StudentFigures {
        StudentFigures(intervals: intervals[index] ?? [:], privateAccuracy: privateAccuracy[index],
                       publicAccuracy: publicAccuracy[index], rank: ranks[index], classSize: graded.count)
    }
}
