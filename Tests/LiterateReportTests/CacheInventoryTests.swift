import Foundation
import Testing
@testable import LiterateReport

/// A cache lists its entries with the build that computed them and the reports that used them, and pruning removes
/// exactly the entries another build made or no current report uses, and nothing else in the folder.
@Suite struct CacheInventoryTests {
    static let report = InlineValueTests.head + InlineValueTests.train + "\nIt reached ${first.accuracy}.\n"

    @Test func listsEntriesByBuildAndReport() throws {
        let fixture = try ReportFixture()
        let rendered = try fixture.render(Self.report)
        let inventory = try CacheInventory(directory: fixture.cacheDirectory)
        #expect(inventory.entries.map(\.key) == rendered.records.compactMap(\.key).sorted())
        #expect(inventory.entries.allSatisfy { $0.build == "test" && $0.kind == "train" && $0.bytes > 0 })
        #expect(inventory.entries.allSatisfy { $0.reports == [fixture.folder.file("report.md")] })
        #expect(inventory.reports == [.init(source: fixture.folder.file("report.md"), exists: true, entries: 1)])
        #expect(inventory.prunable(keeping: "test").isEmpty, "this build's entries that a current report uses stay")
        #expect(inventory.prunable(keeping: "other").map(\.reason) == ["computed by another build, test"])
    }

    @Test func anEntryNoCurrentReportUsesCanGoAndPruningTouchesNothingElse() throws {
        let fixture = try ReportFixture()
        _ = try fixture.render(Self.report)
        _ = try fixture.render(Self.report.replacingOccurrences(of: "epochs: ${epochs}", with: "epochs: 2"))
        fixture.folder.write(Array("keep me".utf8), to: "_cache/notes.txt")
        let inventory = try CacheInventory(directory: fixture.cacheDirectory)
        #expect(inventory.entries.count == 2)
        let prunable = inventory.prunable(keeping: "test")
        #expect(prunable.map(\.reason) == ["used by no current report"], "the one-epoch run is no longer used")
        #expect(inventory.remove(prunable.map(\.entry.key) + ["notes.txt", "../report.md"]) == ["notes.txt", "../report.md"])
        let after = try CacheInventory(directory: fixture.cacheDirectory)
        #expect(after.entries.count == 1 && after.prunable(keeping: "test").isEmpty)
        #expect(FileManager.default.fileExists(atPath: fixture.folder.file("_cache/notes.txt")))
        #expect(FileManager.default.fileExists(atPath: fixture.folder.file("report.md")))
        try FileManager.default.removeItem(atPath: fixture.folder.file("report.md"))
        let gone = try CacheInventory(directory: fixture.cacheDirectory)
        #expect(gone.reports.map(\.exists) == [false])
        #expect(gone.prunable(keeping: "test").map(\.reason) == ["used by no current report"], "a report that is gone uses nothing")
    }

    @Test func aFolderThatIsNoCacheIsAnError() {
        #expect(throws: (any Error).self) { try CacheInventory(directory: "/nonexistent/cache") }
    }
}
