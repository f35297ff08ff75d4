import Testing
@testable import DigitbookCommands

/// `digitbook grade`'s two modes: a class (--submissions, --out) or one Gradescope submission; mixtures refused.
@Suite struct GradeCommandTests {
    @Test func classModeAndSingleModeParse() throws {
        let whole = try GradeCommand.parse(["a.yaml", "--submissions", "in", "--out", "out", "--timestamps", "t.csv"])
        #expect(whole.submissions == "in" && whole.out == "out" && whole.submission == nil)
        let single = try GradeCommand.parse(["a.yaml", "--submission", "s.csv", "--gradescope-results", "results.json"])
        #expect(single.submission == "s.csv" && single.gradescopeResults == "results.json" && single.out == nil)
    }

    @Test func checkModeTakesTheAssignmentAndAReferenceOrABlur() throws {
        #expect(try GradeCommand.parse(["a.yaml", "--check"]).check)
        #expect(try GradeCommand.parse(["a.yaml", "--check", "--blur", "0.2"]).blur == 0.2)
        #expect(try GradeCommand.parse(["a.yaml", "--check", "--submission", "s.csv"]).submission == "s.csv")
        for arguments in [
            ["a.yaml", "--check", "--submissions", "in", "--out", "o"], ["a.yaml", "--check", "--submission", "s.csv", "--blur", "0.1"],
            ["a.yaml", "--check", "--blur", "0.9"], ["a.yaml", "--check", "--blur", "-0.1"], ["a.yaml", "--check", "--blur", "nan"],
            ["a.yaml", "--blur", "0.1", "--submissions", "in", "--out", "o"],
            ["a.yaml", "--check", "--submission", "s.csv", "--gradescope-results", "r.json"],
        ] {
            #expect(throws: (any Error).self, "\(arguments)") { try GradeCommand.parse(arguments) }
        }
    }

    @Test func mixedOrHalfModesAreRefused() {
        for arguments in [
            ["a.yaml"], ["a.yaml", "--submissions", "in"], ["a.yaml", "--submission", "s.csv"],
            ["a.yaml", "--submissions", "in", "--out", "o", "--submission", "s.csv", "--gradescope-results", "r.json"],
            ["a.yaml", "--submission", "s.csv", "--gradescope-results", "r.json", "--timestamps", "t.csv"],
        ] {
            #expect(throws: (any Error).self, "\(arguments)") { try GradeCommand.parse(arguments) }
        }
    }
}
