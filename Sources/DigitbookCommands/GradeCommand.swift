import ArgumentParser
import Grading
import Foundation

/// `digitbook grade`: a class's submissions become grades, feedback pages, gradebook files and a class report; or,
/// inside a Gradescope autograder, one submission becomes its results.json.
struct GradeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grade",
        abstract: "Grade student submissions against an assignment's answer key and rubric.",
        discussion: """
            Class mode (--submissions, --out): each student hands in ID.csv (id,label[,p0,…,p9]), or a folder ID/ \
            holding one .csv or a Digitbook run folder, which is run on the key's images. Every file is checked \
            strictly and all its problems are listed; a file that fails is not gradable (no points, rather than a \
            silent 0). Writes grades.csv, canvas.csv, leaderboard.csv, feedback/ID.html, gradescope/ID/results.json, \
            class.html and class_files/ into OUT_DIR.
            Single mode (--submission, --gradescope-results): grades one file or run folder and writes Gradescope's \
            results.json; exits with status 1 when the submission is not gradable (the file still lists its problems).
            """)

    @Argument(help: "The assignment file (YAML): title, labels, rubric and the optional fields in the README.")
    var assignment: String

    @Option(name: .long, help: ArgumentHelp("The folder of submissions, one entry per student id.", valueName: "dir"))
    var submissions: String?

    @Option(name: .long, help: ArgumentHelp("Where to write the grades, pages and gradebook files.", valueName: "dir"))
    var out: String?

    @Option(name: .long, help: ArgumentHelp("A CSV student,submitted_at (ISO 8601) for the late policy.", valueName: "file.csv"))
    var timestamps: String?

    @Option(name: .long, help: ArgumentHelp("One submission to grade (single mode).", valueName: "file"))
    var submission: String?

    @Option(name: .long, help: ArgumentHelp("Where single mode writes Gradescope's results.json.", valueName: "results.json"))
    var gradescopeResults: String?

    func validate() throws {
        let classMode = submissions != nil || out != nil, singleMode = submission != nil || gradescopeResults != nil
        if classMode && singleMode {
            throw ValidationError("use either --submissions with --out (a class) or --submission with --gradescope-results (one)")
        }
        if singleMode && (submission == nil || gradescopeResults == nil) {
            throw ValidationError("single mode needs both --submission and --gradescope-results")
        }
        if !singleMode && (submissions == nil || out == nil) {
            throw ValidationError("class mode needs both --submissions and --out")
        }
        if singleMode && timestamps != nil {
            throw ValidationError("--timestamps is for class mode; Gradescope applies its own late policy")
        }
    }

    func run() throws {
        if let submission, let gradescopeResults {
            let result = try SingleSubmissionJob(assignment: assignment, submission: submission, results: gradescopeResults).run()
            guard result.status == .graded, let grade = result.grade else {
                Console.warn("\(submission): not gradable: " + result.problems.joined(separator: "; "))
                throw ExitCode(1)
            }
            let points = String(format: "%.2f of %.2f points", grade.total, grade.maximum)
            Console.line("wrote \(gradescopeResults): \(points)")
            return
        }
        guard let submissions, let out else { return }
        let (results, warnings) = try GradingJob(assignment: assignment, submissions: submissions, out: out,
                                                 timestamps: timestamps).grade()
        for warning in warnings { Console.warn(warning) }
        for result in results where result.status == .invalid {
            Console.warn("\(result.student): not gradable: " + result.problems.prefix(5).joined(separator: "; ")
                + (result.problems.count > 5 ? "; and \(result.problems.count - 5) more" : ""))
        }
        let counts = [StudentResult.Status.graded, .invalid, .missing].map { status in
            "\(results.filter { $0.status == status }.count) \(status.rawValue)"
        }
        let students = "\(results.count) student\(results.count == 1 ? "" : "s")"
        Console.line("graded \(students) (\(counts.joined(separator: ", "))); wrote grades.csv, canvas.csv, "
            + "leaderboard.csv, feedback/, gradescope/ and class.html in \(out)")
    }
}
