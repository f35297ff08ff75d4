import Testing
@testable import DigitbookCommands

/// `digitbook serve`'s options: private by default, runs named, bad values refused before anything starts.
@Suite struct ServeCommandTests {
    @Test func listensOnLoopbackUnlessToldOtherwise() throws {
        let command = try ServeCommand.parse(["--run", "runs/seed-cnn"])
        #expect(command.host == "127.0.0.1" && command.port == 8080 && command.maxUploadMb == 10 && command.keepUploads == nil)
    }

    @Test func runsAreNamedAfterTheirFolderOrExplicitly() throws {
        let runs = try ServeCommand.namedRuns(["runs/seed-cnn", "mlp=runs/other"])
        #expect(runs.map(\.name) == ["seed-cnn", "mlp"] && runs.map(\.path) == ["runs/seed-cnn", "runs/other"])
        #expect(throws: (any Error).self) { try ServeCommand.namedRuns(["a/x", "b/x"]) }
    }

    @Test func badValuesAreRefused() {
        #expect(throws: (any Error).self) { try ServeCommand.parse([]) }
        #expect(throws: (any Error).self) { try ServeCommand.parse(["--run", "r", "--port", "70000"]) }
        #expect(throws: (any Error).self) { try ServeCommand.parse(["--run", "r", "--max-upload-mb", "0"]) }
    }
}
