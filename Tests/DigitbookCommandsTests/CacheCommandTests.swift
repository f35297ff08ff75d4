import Foundation
import LiterateReport
import TestSupport
import Testing
@testable import DigitbookCommands

/// `digitbook cache prune` removes what this build's renders no longer use, and `--dry-run` removes nothing.
@Suite struct CacheCommandTests {
    @Test func prunesWhatNoCurrentReportUses() async throws {
        let tiny = try TinyMNIST()
        let work = TemporaryDirectory("cache-command")
        func render(epochs: Int) async throws {
            let source = work.write(Array(BuildIdentityTests.report.replacingOccurrences(of: "epochs: 1", with: "epochs: \(epochs)").utf8),
                                    to: "builds.md")
            try await runCommand(["render", source, "--cache", work.file("cache"), "--threads", "1"] + tiny.arguments)
        }
        try await render(epochs: 1)
        try await render(epochs: 2)
        try await runCommand(["cache", work.file("cache")])
        try await runCommand(["cache", "prune", work.file("cache"), "--dry-run"])
        #expect(try CacheInventory(directory: work.file("cache")).entries.count == 2)
        try await runCommand(["cache", "prune", work.file("cache")])
        let left = try CacheInventory(directory: work.file("cache"))
        #expect(left.entries.count == 1 && left.entries.allSatisfy { $0.build == BuildIdentity.version && !$0.reports.isEmpty })
        let failure = await commandFailure(["cache", "prune", work.file("no-such-cache")])
        #expect(failure?.message.contains("no-such-cache: no cache folder here") == true)
    }
}
