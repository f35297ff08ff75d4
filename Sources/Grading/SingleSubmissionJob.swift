import FileIO
import Foundation

/// Grading one submission inside a Gradescope autograder: `digitbook grade ASSIGNMENT --submission FILE
/// --gradescope-results results.json`. The submission is a predictions CSV or a Digitbook run folder (or a folder
/// holding one CSV), read as strictly as in a class; the results file says every problem when it is not gradable.
public struct SingleSubmissionJob {
    public let assignmentPath: String
    public let submissionPath: String
    public let resultsPath: String
    public var resamples = 1000

    public init(assignment: String, submission: String, results: String) {
        assignmentPath = assignment
        submissionPath = submission
        resultsPath = results
    }

    /// Grades the submission, writes results.json atomically and returns the result.
    public func run() throws -> StudentResult {
        let assignment = try AssignmentFile.read(assignmentPath)
        guard FileManager.default.fileExists(atPath: submissionPath) else {
            throw FileError(path: submissionPath, kind: .notFound, detail: "no such submission file or folder")
        }
        try InputOutputOverlap.check(output: resultsPath, role: "the results file (--gradescope-results)",
                                     inputs: GradingInputs(assignment: assignmentPath, loaded: assignment).list
                                        + [.init(submissionPath, role: "the submission (--submission)", wholeFolder: true)])
        let grading = try ClassGrading(loading: assignment)
        let results = grading.grade([SubmissionFolder.single(submissionPath)])
        let analysis = ClassAnalysis(results: results, grading: grading, resamples: resamples)
        guard let result = results.first,
              let json = GradescopeResults.json(result, assignment: assignment, analysis: analysis.figures(of: 0)) else {
            throw FileError(path: submissionPath, kind: .unreadable, detail: "nothing to grade")
        }
        try AtomicFile.write(json, to: resultsPath)
        return result
    }
}
