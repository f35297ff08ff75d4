import ArgumentParser
@testable import DigitbookCommands

/// How a command line failed, as the executable would report it: its message and exit code.
struct CommandFailure {
    let message: String
    let exitCode: Int32
}

/// Runs `arguments` and returns how they failed, or nil when they succeeded.
func commandFailure(_ arguments: [String]) async -> CommandFailure? {
    do {
        try await runCommand(arguments)
        return nil
    } catch {
        return CommandFailure(message: Digitbook.message(for: error), exitCode: Digitbook.exitCode(for: error).rawValue)
    }
}
