import ArgumentParser
import Grading

/// `digitbook grade`: a class's submissions become grades, from an assignment file with its key and rubric.
struct GradeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grade",
        abstract: "Grade a folder of student submissions against an assignment's answer key and rubric.",
        discussion: """
            Each student hands in ID.csv (id,label[,p0,…,p9]), or a folder ID/ holding one .csv or a Digitbook run \
            folder, which is run on the key's images. Every file is checked strictly and all its problems are listed; \
            a file that fails is not gradable (no points, rather than a silent 0). Writes OUT_DIR/grades.csv.
            """)

    @Argument(help: "The assignment file (YAML): title, labels, rubric and the optional fields in the README.")
    var assignment: String

    @Option(name: .long, help: ArgumentHelp("The folder of submissions, one entry per student id.", valueName: "dir"))
    var submissions: String

    @Option(name: .long, help: ArgumentHelp("Where to write grades.csv.", valueName: "dir"))
    var out: String

    @Option(name: .long, help: ArgumentHelp("A CSV student,submitted_at (ISO 8601) for the late policy.", valueName: "file.csv"))
    var timestamps: String?

    func run() throws {
        let results = try GradingJob(assignment: assignment, submissions: submissions, out: out, timestamps: timestamps).run()
        for result in results where result.status == .invalid {
            Console.warn("\(result.student): not gradable: " + result.problems.prefix(5).joined(separator: "; ")
                + (result.problems.count > 5 ? "; and \(result.problems.count - 5) more" : ""))
        }
        let counts = [StudentResult.Status.graded, .invalid, .missing].map { status in
            "\(results.filter { $0.status == status }.count) \(status.rawValue)"
        }
        Console.line("wrote \(out)/grades.csv: \(results.count) students, \(counts.joined(separator: ", "))")
    }
}
