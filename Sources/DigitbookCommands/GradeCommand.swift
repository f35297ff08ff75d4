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
            class.html and class_files/ into OUT_DIR; with --pdf also feedback/ID.pdf and class.pdf.
            Single mode (--submission, --gradescope-results): grades one file or run folder and writes Gradescope's \
            results.json; exits with status 1 when the submission is not gradable (the file still lists its problems).
            Check mode (--check [--submission FILE | --blur B]): before students submit, prints the points a reference \
            would earn on each rubric line: FILE, or the answer key itself with probability 1 - B on every true digit \
            (default B 0.1), which shows the lines even a perfect but not quite sure classifier cannot earn.
            """)

    @Argument(help: "The assignment file (YAML): title, labels, rubric and the optional fields described in the manual (GradingAClass).")
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

    @Flag(name: .long, help: "Also write each feedback page and the class report as PDF (feedback/ID.pdf, class.pdf).")
    var pdf = false

    @OptionGroup var paper: PaperOption

    @Flag(name: .long, help: "Print the points a reference would earn on each rubric line, before students submit (check mode).")
    var check = false

    @Option(name: .long, help: ArgumentHelp("Check mode without --submission: the probability the answer key leaves to the other digits "
                                            + "(0 to below 0.9; default 0.1).", valueName: "share"))
    var blur: Double?

    func validate() throws {
        if check {
            if submissions != nil || out != nil || gradescopeResults != nil || timestamps != nil {
                throw ValidationError("--check takes only the assignment, and --submission or --blur")
            }
            if submission != nil && blur != nil { throw ValidationError("--blur is for the answer key: leave it out with --submission") }
            if let blur, !(blur >= 0 && blur < 0.9) {
                throw ValidationError("--blur must be at least 0 and below 0.9, so that the true digit stays the most likely "
                                      + "(got \(blur))")
            }
            return
        }
        if blur != nil { throw ValidationError("--blur is for --check") }
        if (pdf || paper.paper != nil) && (submissions == nil || out == nil) {
            throw ValidationError("--pdf and --paper are for class mode (--submissions with --out)")
        }
        if paper.paper != nil && !pdf { throw ValidationError("--paper is for --pdf: add --pdf to write PDFs") }
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
        if check {
            let checked = try RubricCheck(assignment: assignment, submission: submission, blur: blur ?? 0.1)
            guard checked.result.status == .graded, let grade = checked.result.grade else {
                Console.warn("\(checked.reference): not gradable: " + checked.result.problems.joined(separator: "; "))
                throw ExitCode(1)
            }
            Console.line("reference: \(checked.reference)")
            for explanation in checked.explanations { Console.line(explanation) }
            Console.line(String(format: "total: %.2f of %.2f points", grade.total, grade.maximum))
            return
        }
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
        var job = GradingJob(assignment: assignment, submissions: submissions, out: out, timestamps: timestamps)
        job.pdfPaper = pdf ? paper.resolved() : nil
        let (results, warnings) = try job.grade()
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
            + "leaderboard.csv, feedback/, gradescope/ and class.html\(pdf ? ", class.pdf and feedback/ID.pdf" : "") in \(out)")
    }
}
