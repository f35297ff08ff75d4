import FileIO
import Foundation
import IDX

/// `digitbook grade`: reads the assignment, its key and roster, every submission and the submission times, grades
/// the class and writes grades.csv into the output folder. Every input is checked before anything is written.
public struct GradingJob {
    public let assignmentPath: String
    public let submissionsFolder: String
    public let outputFolder: String
    public let timestampsPath: String?

    public init(assignment: String, submissions: String, out: String, timestamps: String? = nil) {
        assignmentPath = assignment
        submissionsFolder = submissions
        outputFolder = out
        timestampsPath = timestamps
    }

    /// Grades the class and writes the outputs; returns each student's result, in the order written.
    public func run() throws -> [StudentResult] {
        let assignment = try AssignmentFile.read(assignmentPath)
        let roster = try assignment.roster.map(Roster.read)
        let times = try timestampsPath.map(SubmissionTimes.read) ?? [:]
        let grading = try ClassGrading(loading: assignment)
        let submissions = try SubmissionFolder.list(submissionsFolder)
        try WritableFolder.check(outputFolder, role: "the output folder (--out)")
        let results = grading.grade(submissions, roster: roster?.ids ?? [], submittedAt: times)
        try FileManager.default.createDirectory(atPath: outputFolder, withIntermediateDirectories: true)
        let grades = (outputFolder as NSString).appendingPathComponent("grades.csv")
        try AtomicFile.write(GradesTable.csv(results, assignment: assignment), to: grades)
        return results
    }
}
