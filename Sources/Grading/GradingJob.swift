import Charts
import FileIO
import Foundation
import IDX
import PrintedPages

/// `digitbook grade`: reads the assignment, its key and roster, every submission and the submission times, grades
/// the class and writes every output into the output folder. Every input is checked before anything is written;
/// files are written atomically, and the folders of pages are replaced whole, so no stale page survives a re-run.
public struct GradingJob {
    public let assignmentPath: String
    public let submissionsFolder: String
    public let outputFolder: String
    public let timestampsPath: String?
    /// Bootstrap resamples per student for the intervals.
    public var resamples = 1000
    /// The paper of the PDFs written beside the pages (feedback/ID.pdf, class.pdf), or nil to write none.
    public var pdfPaper: PDFWriter.Paper?

    public init(assignment: String, submissions: String, out: String, timestamps: String? = nil) {
        assignmentPath = assignment
        submissionsFolder = submissions
        outputFolder = out
        timestampsPath = timestamps
    }

    /// Grades the class and writes the outputs; returns each student's result, in the order written.
    public func run() throws -> [StudentResult] { try grade().results }

    /// Grades the class and writes the outputs; returns each student's result, in the order written, and warnings
    /// about the inputs (also on the class page): timestamps for students grading does not know, a small private part,
    /// rubric lines out of the class's reach or giving everyone full marks.
    /// The output folder is checked first: FileIO's `OutputFolder` rule (new, empty, or written by `grade` before, with
    /// nothing else in it), and no input may be in it, around it, or, for the submissions, hold it.
    public func grade() throws -> (results: [StudentResult], warnings: [String]) {
        let assignment = try AssignmentFile.read(assignmentPath)
        let output = OutputFolder(outputFolder, owner: "grade", role: "the output folder (--out)")
        var inputs = GradingInputs(assignment: assignmentPath, loaded: assignment).list
        inputs.append(.init(submissionsFolder, role: "the submissions folder (--submissions)", wholeFolder: true))
        if let timestampsPath { inputs.append(.init(timestampsPath, role: "the timestamps file (--timestamps)")) }
        try InputOutputOverlap.check(output: outputFolder, role: "the output folder (--out)", inputs: inputs)
        try output.check()
        let roster = try assignment.roster.map(Roster.read)
        let times = try timestampsPath.map(SubmissionTimes.read) ?? [:]
        let grading = try ClassGrading(loading: assignment)
        let submissions = try SubmissionFolder.list(submissionsFolder)
        var warnings = grading.warnings
        if let timestampsPath {
            let students = (roster?.ids ?? []) + submissions.map(\.student)
            warnings += SubmissionTimes.warnings(times: times, students: students, file: timestampsPath)
        }
        let results = grading.grade(submissions, roster: roster?.ids ?? [], submittedAt: times)
        let analysis = ClassAnalysis(results: results, grading: grading, resamples: resamples)
        // Everything is written into a staging folder that then takes the output folder's place, marker included, so a
        // run that fails half-way leaves the earlier outputs (and a folder a later run may write) as they were.
        var failure: (any Error)?
        do {
            try output.replace { (staging: String) throws(FileError) in
                do {
                    try GradingOutputs(folder: staging, grading: grading, results: results, analysis: analysis, roster: roster,
                                       warnings: warnings, pdfPaper: pdfPaper).write()
                } catch let error as FileError {
                    throw error
                } catch {
                    failure = error
                    throw FileError(path: outputFolder, kind: .unwritable, detail: "\(error)")
                }
            }
        } catch {
            throw failure ?? error
        }
        // Rubric lines that do not spread the class are said on the class page beside the rubric, and printed here.
        return (results, warnings + analysis.rubricReach.lines.map(\.sentence))
    }
}

/// Writes every output of a graded class into one folder.
struct GradingOutputs {
    let folder: String
    let grading: ClassGrading
    let results: [StudentResult]
    let analysis: ClassAnalysis
    let roster: Roster?
    var warnings: [String] = []
    var pdfPaper: PDFWriter.Paper?

    func path(_ name: String) -> String { (folder as NSString).appendingPathComponent(name) }

    func write() throws {
        // Two students' files may not meet (a short id that reads like another's shortened long one).
        let named = Dictionary(grouping: results.map(\.student), by: StudentID.fileName)
        if let (name, students) = named.sorted(by: { $0.key < $1.key }).first(where: { $0.value.count > 1 }) {
            throw FileError(path: path("feedback"), kind: .conflict,
                            detail: "students \(students.joined(separator: " and ")) would share the file name \(name)")
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw FileError(path: folder, kind: .unwritable, detail: "cannot create it: \(error.localizedDescription)")
        }
        let assignment = grading.assignment
        try AtomicFile.write(GradesTable.csv(results, assignment: assignment), to: path("grades.csv"))
        try AtomicFile.write(CanvasGradebook.csv(results, assignment: assignment, roster: roster), to: path("canvas.csv"))
        try AtomicFile.write(LeaderboardTable.csv(results, analysis: analysis), to: path("leaderboard.csv"))
        let pages = try feedbackPages()
        try FolderReplacement(path("feedback")).replace { (staging: String) throws(FileError) in
            for page in pages {
                let stem = (staging as NSString).appendingPathComponent(StudentID.fileName(page.student))
                try AtomicFile.write(page.html, to: stem + ".html")
                if let pdf = page.pdf { try AtomicFile.write(pdf, to: stem + ".pdf") }
            }
        }
        try FolderReplacement(path("gradescope")).replace { (staging: String) throws(FileError) in
            for (index, result) in results.enumerated() {
                let figures = analysis.figures(of: index)
                guard let json = GradescopeResults.json(result, assignment: assignment, analysis: figures) else { continue }
                let student = (staging as NSString).appendingPathComponent(StudentID.fileName(result.student))
                do {
                    try FileManager.default.createDirectory(atPath: student, withIntermediateDirectories: true)
                } catch {
                    throw FileError(path: student, kind: .unwritable, detail: "cannot create it: \(error.localizedDescription)")
                }
                try AtomicFile.write(json, to: (student as NSString).appendingPathComponent("results.json"))
            }
        }
        let page = try ClassPage(grading: grading, results: results, analysis: analysis, warnings: warnings).render()
        try FolderReplacement(path("class_files")).replace { (staging: String) throws(FileError) in
            for file in page.files {
                let name = (file.path as NSString).lastPathComponent
                try AtomicFile.write(file.bytes, to: (staging as NSString).appendingPathComponent(name))
            }
        }
        try AtomicFile.write(page.page.html, to: path("class.html"))
        if let pdfPaper { try AtomicFile.write(try page.printed.pdf(paper: pdfPaper), to: path("class.pdf")) }
    }

    /// Every student's feedback page, and its PDF when asked for, drawn two at a time or more (one per core), in
    /// results order.
    private func feedbackPages() throws -> [(student: String, html: String, pdf: [UInt8]?)] {
        let page = FeedbackPage(grading: grading)
        let slots = ResultSlots<Result<(String, [UInt8]?), any Error>>(count: results.count)
        DispatchQueue.concurrentPerform(iterations: results.count) { index in
            do {
                let document = try page.document(results[index], figures: analysis.figures(of: index))
                let pdf = try pdfPaper.map { try document.pdf(paper: $0) }
                slots.set(index, .success((document.html, pdf)))
            } catch {
                slots.set(index, .failure(error))
            }
        }
        var pages: [(student: String, html: String, pdf: [UInt8]?)] = []
        for (index, slot) in slots.values.enumerated() {
            guard let slot else { continue }
            let (html, pdf) = try slot.get()
            pages.append((results[index].student, html, pdf))
        }
        return pages
    }
}
