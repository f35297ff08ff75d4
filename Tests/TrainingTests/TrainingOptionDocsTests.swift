import Foundation
import Testing
@testable import Runs
@testable import Training

/// The training options are declared once (`TrainingConfiguration.options`); the READMEs' tables must say the same.
@Suite struct TrainingOptionDocsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The line of `file` that documents `row` (a table row starting with it).
    static func row(_ file: String, startingWith start: String) throws -> String {
        let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
        return try #require(text.split(separator: "\n").first { $0.hasPrefix(start) }.map(String.init), "\(file) has no row \(start)")
    }

    @Test func theCommandReferenceGivesEveryFlagWithItsDefault() throws {
        let reference = "Sources/DigitbookCommands/Digitbook.docc/CommandReference.md"
        let row = try Self.row(reference, startingWith: "| `digitbook train ")
        for option in TrainingConfiguration.options {
            let expected = option.key == "model" || option.key == "augment" ? "--\(option.flag)" : "--\(option.flag) \(option.defaultText)"
            #expect(row.contains(expected), "\(reference)'s train row lacks \(expected)")
        }
    }

    @Test func theCellReferenceGivesEveryKeyWithItsDefault() throws {
        let row = try Self.row("Reports/README.md", startingWith: "| `train` |")
        for option in TrainingConfiguration.options {
            let expected = switch option.key {
            case "model": "`model` (required"
            case "seed": "`seed` (the report's)"
            default: "`\(option.key)` (\(option.defaultText)"
            }
            #expect(row.contains(expected), "Reports/README.md's train row lacks \(expected)")
        }
        let documented = row.components(separatedBy: "` (").dropLast().compactMap { $0.components(separatedBy: "`").last }
        #expect(Set(documented).subtracting(["id"]) == Set(TrainingConfiguration.options.map(\.key)), "\(documented)")
    }
}
