import Foundation
import LiterateReport
import Testing
@testable import Preview

@Suite("A preview session renders, keeps the last good page and lists what is wrong")
struct PreviewSessionTests {
    @Test("An edit to the prose makes a new page with nothing computed again")
    func proseEditsComeFromTheCache() throws {
        let fixture = try PreviewFixture()
        fixture.session.renderOnce()
        let first = fixture.session.status
        #expect(first.generation == 1)
        #expect(first.errors.isEmpty)
        #expect(first.summary.hasPrefix("1 cell: 0 from the cache, 1 computed, 0 failed"))
        #expect(fixture.session.page?.contains("The run reached") == true)

        fixture.edit(PreviewFixture.source(prose: "Edited: the run reached ${first.accuracy:.1%}."))
        fixture.session.renderOnce()
        let second = fixture.session.status
        #expect(second.generation == 2)
        #expect(second.summary.hasPrefix("1 cell: 1 from the cache, 0 computed, 0 failed"))
        #expect(fixture.session.page?.contains("Edited: the run reached") == true)
    }

    @Test("A source that does not parse lists its error with the line and keeps the last good page")
    func syntaxErrorsKeepThePage() throws {
        let fixture = try PreviewFixture()
        fixture.session.renderOnce()
        let good = try #require(fixture.session.page)

        fixture.edit(PreviewFixture.source(option: "epochz: 1"))
        fixture.session.renderOnce()
        let broken = fixture.session.status
        #expect(broken.generation == 1)
        #expect(broken.errors.count == 1)
        #expect(broken.errors.first?.contains("report.md:11: unknown option \"epochz\" for a train cell") == true)
        #expect(fixture.session.page == good)

        fixture.edit(PreviewFixture.source(prose: "Fixed."))
        fixture.session.renderOnce()
        let fixed = fixture.session.status
        #expect(fixed.generation == 2)
        #expect(fixed.errors.isEmpty)
        #expect(fixture.session.page?.contains("Fixed.") == true)
    }

    @Test("A failing cell is an error of the new page, shown in its place")
    func failingCellsShowInPlace() throws {
        let fixture = try PreviewFixture(source: PreviewFixture.source(prose: "No value here.", option: "epochs: 0"))
        fixture.session.renderOnce()
        let status = fixture.session.status
        #expect(status.generation == 1)
        #expect(status.errors.count == 1)
        #expect(status.errors.first?.contains("report.md:") == true)
        let page = try #require(fixture.session.page)
        #expect(status.errors.first?.contains("epochs") == true)
        #expect(page.contains("1 cell failed"))
        #expect(status.summary.contains("1 failed"))
    }

    @Test("Watching: a saved edit renders again by itself, and so does a change to an image the prose shows")
    func watchingFollowsTheSourceAndWhatItReads() async throws {
        let fixture = try PreviewFixture(source: PreviewFixture.source(prose: "![A bar](bar.png)"))
        fixture.folder.write(try PreviewFixture.barPNG(), to: "bar.png")
        fixture.session.start()
        defer { fixture.session.stop() }
        _ = try await fixture.waitFor(generation: 1)
        try await Task.sleep(nanoseconds: 500_000_000)
        #expect(fixture.session.status.generation == 1, "the files a render read are watched from then on, not a change")
        #expect(fixture.session.watchedFiles.contains { $0.hasSuffix("/bar.png") })

        fixture.edit(PreviewFixture.source(prose: "![A bar, edited](bar.png)"))
        let second = try await fixture.waitFor(generation: 2)
        #expect(second.generation == 2)
        #expect(fixture.session.page?.contains("A bar, edited") == true)

        fixture.folder.write(try PreviewFixture.barPNG(width: 40), to: "bar.png")
        let third = try await fixture.waitFor(generation: 3)
        #expect(third.generation == 3)
    }

    @Test("An image the prose names that is missing is watched too: saving it renders again")
    func aMissingFileIsWatched() async throws {
        let fixture = try PreviewFixture(source: PreviewFixture.source(prose: "![A bar](later.png)"))
        fixture.session.start()
        defer { fixture.session.stop() }
        _ = try await fixture.waitFor(generation: 1)
        #expect(fixture.session.watchedFiles.contains { $0.hasSuffix("/later.png") })
        #expect(fixture.session.status.warnings.contains { $0.contains("later.png") })
        fixture.folder.write(try PreviewFixture.barPNG(), to: "later.png")
        let second = try await fixture.waitFor(generation: 2)
        #expect(second.generation == 2)
        #expect(!second.warnings.contains { $0.contains("later.png") })
    }

    @Test("A page whose source changed while it rendered is not shown: the next render replaces it")
    func aStalePageIsDiscarded() throws {
        let fixture = try PreviewFixture(source: PreviewFixture.source(prose: "Old prose."))
        let manifest = fixture.copy.manifest, data = fixture.copy.directory.path, folder = fixture.folder
        let session = PreviewSession(source: folder.file("report.md"), pollInterval: 0.05) { _ in
            folder.write(Array(PreviewFixture.source(prose: "New prose.").utf8), to: "report.md")  // saved mid-render
            return ReportRenderer.Settings(manifest: manifest, dataDirectory: data, cacheDirectory: nil, threads: 1,
                                           version: "test", assetFolder: "report_files")
        }
        session.renderOnce()
        #expect(session.status.generation == 0)
        #expect(session.page == nil)
        #expect(session.status.progress.contains("rendering again"))
    }

    @Test("An image refused as outside the folder is watched: replaced by a file of the report's own, it renders again")
    func aRefusedFileIsWatched() async throws {
        let fixture = try PreviewFixture(source: PreviewFixture.source(prose: "![A bar](bar.png)"))
        try FileManager.default.createSymbolicLink(atPath: fixture.folder.file("bar.png"), withDestinationPath: "/etc/hostname")
        fixture.session.start()
        defer { fixture.session.stop() }
        let first = try await fixture.waitFor(generation: 1)
        #expect(first.warnings.contains { $0.contains("outside the report's folder") })
        try FileManager.default.removeItem(atPath: fixture.folder.file("bar.png"))
        fixture.folder.write(try PreviewFixture.barPNG(), to: "bar.png")
        let second = try await fixture.waitFor(generation: 2)
        #expect(second.generation == 2)
        #expect(!second.warnings.contains { $0.contains("outside the report's folder") })
    }

    @Test("A render stops before its next cell when asked to, and says after how many")
    func rendersStopWhenAsked() throws {
        let fixture = try PreviewFixture()
        let document = try ReportDocument(contentsOf: fixture.session.source)
        var settings = ReportRenderer.Settings(manifest: fixture.copy.manifest, dataDirectory: fixture.copy.directory.path,
                                               cacheDirectory: nil, threads: 1, version: "test", assetFolder: "report_files")
        settings.shouldContinue = { false }
        #expect(throws: RenderInterrupted.self) {
            try ReportRenderer(settings: settings).render(document, sourceDirectory: fixture.folder.path)
        }
    }
}
