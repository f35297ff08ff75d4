import Foundation
import Testing
@testable import LiterateReport

@Suite struct ReportRendererTests {
    @Test func rendersEveryKindOfCellIntoOneSelfContainedPage() throws {
        let fixture = try ReportFixture()
        let rendered = try fixture.render(ReportFixture.everyKind())
        #expect(rendered.failures.map(\.error.description) == [])
        #expect(rendered.records.count == 12)
        let html = rendered.html
        // Every kind but predictions, model and sweep, which have tests of their own (PredictionsCellTests, ModelCellTests,
        // SweepCellTests).
        for kind in CellKind.allCases where kind != .predictions && kind != .model && kind != .sweep {
            #expect(html.contains("class=\"cell cell-\(kind.rawValue)\""), "\(kind)")
        }
        // Numbered, captioned, cross-referenced.
        #expect(html.contains("<a href=\"#tab-first\">Table 2</a>"))
        #expect(html.contains("id=\"tab-first\"") && html.contains("<span class=\"number\">Table 2.</span> The first run"))
        #expect(html.contains("<a href=\"#fig-first-confusion\">Figure 3</a>"))
        #expect(html.contains("<details><summary>Cell <code>"), "echo: true shows the cell's source")
        // Charts inline as SVG with alt text; pictures of digits as PNG data URIs; nothing fetched from elsewhere.
        #expect(html.contains("<svg role=\"img\" aria-label=\""))
        #expect(html.contains("<img src=\"data:image/png;base64,"))
        // SVG's namespace names are identifiers, never fetched (and a script parsing the SVG as XML needs them).
        let fetchable = html.replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "")
            .replacingOccurrences(of: "xmlns:xlink=\"http://www.w3.org/1999/xlink\"", with: "")
        for external in ["http:", "https:", "<script", "<link", "@import", "src=\"/", "src=\"report_files"] {
            #expect(!fetchable.contains(external), "\(external)")
        }
        // Every figure as PNG and SVG, named after its cell.
        let names = Set(rendered.files.map(\.path))
        #expect(names.contains("report_files/confusion-41-confusion_matrix.svg")
            && names.contains("report_files/confusion-41-confusion_matrix.png"))
        #expect(rendered.files.count == 2 * html.components(separatedBy: "<figure class=\"chart\"").dropFirst().count)
        #expect(names.contains { $0.hasSuffix("-probabilities.png") } && names.contains { $0.hasSuffix("-probabilities.svg") })
        // The provenance appendix lists every cell with its key; the render log says each was computed.
        #expect(html.contains("<h2 id=\"provenance\">Provenance</h2>"))
        #expect(rendered.log.components(separatedBy: "\"cache\": \"miss\"").count - 1 == 12)
        #expect(rendered.records.allSatisfy { record in record.key.map { html.contains("<td>\($0.prefix(12))</td>") } ?? false })
    }

    @Test func aSecondRenderComesFromTheCacheAndRepeatsTheBytes() throws {
        let fixture = try ReportFixture()
        let first = try fixture.render(ReportFixture.everyKind())
        let second = try fixture.render(ReportFixture.everyKind())
        let third = try fixture.render(ReportFixture.everyKind())
        #expect(ReportFixture.computed(second) == [])
        #expect(second.html == third.html, "same inputs and cache, same bytes")
        #expect(first.html == second.html, "computing a result or reading it from the cache gives the same page")
        #expect(second.files.map(\.bytes) == first.files.map(\.bytes))
        // Without a cache the page is the same too.
        let uncached = try fixture.render(ReportFixture.everyKind(), cached: false)
        #expect(uncached.html == first.html)
    }

    @Test func editingProseOrACaptionTrainsNothing() throws {
        let fixture = try ReportFixture()
        _ = try fixture.render(ReportFixture.everyKind())
        let edited = ReportFixture.everyKind(prose: "Other words entirely.")
            .replacingOccurrences(of: "caption: The first run", with: "caption: Renamed")
        let rendered = try fixture.render(edited)
        #expect(ReportFixture.computed(rendered) == [])
        #expect(rendered.html.contains("Other words entirely.") && rendered.html.contains("</span> Renamed</figcaption>"))
    }

    @Test func changingOneRunsEpochsRecomputesOnlyItAndWhatUsesIt() throws {
        let fixture = try ReportFixture()
        _ = try fixture.render(ReportFixture.everyKind(epochs: 1))
        let rendered = try fixture.render(ReportFixture.everyKind(epochs: 2))
        #expect(Set(ReportFixture.computed(rendered)) == ["first", "curves-37", "confusion-41", "report-48", "metrics-52",
                                                          "calibration-57", "misclassified-62", "compare-67"])
        #expect(!rendered.html.contains("miss") && !rendered.html.contains("cache hit"), "the page does not say how it was made")
        #expect(rendered.log.contains("\"cache\": \"miss\"") && rendered.log.contains("\"cache\": \"hit\""))
        // -P gives the same result as editing the default.
        let overridden = try fixture.render(ReportFixture.everyKind(epochs: 1), overrides: ["epochs": "2"])
        #expect(ReportFixture.computed(overridden) == [])
    }

    @Test func refreshRecomputesACellAndTheCellsThatUseIt() throws {
        let fixture = try ReportFixture()
        _ = try fixture.render(ReportFixture.everyKind())
        let rendered = try fixture.render(ReportFixture.everyKind(), refresh: ["second"])
        #expect(Set(ReportFixture.computed(rendered)) == ["second", "compare-67", "predict-72"])
    }

    @Test func anOutOfRangeTrainingOptionNamesItsOwnRange() throws {
        let fixture = try ReportFixture()
        let source = ReportFixture.everyKind().replacingOccurrences(of: "epochs: ${epochs}", with: "epochs: 1e400")
        let message = try fixture.render(source).failures.first?.error.description ?? ""
        #expect(message.contains("report.md:20: train cell option epochs: must be a whole number from 1 to 10000, got inf"), "\(message)")
    }

    @Test func aFailedCellShowsInPlaceAndTheRestRenders() throws {
        let fixture = try ReportFixture()
        let source = ReportFixture.everyKind().replacingOccurrences(of: "epochs: ${epochs}", with: "epochs: three")
        let rendered = try fixture.render(source)
        let failed = rendered.failures.map(\.cell.id)
        #expect(failed.first == "first")
        let failure = rendered.failures.first?.error.description ?? ""
        #expect(failure.contains("report.md:20: train cell option epochs: must be a whole number"), "\(failure)")
        #expect(failed.contains("compare-67") && !failed.contains("second") && !failed.contains("predict-72"),
                "only cells that use the failed run fail")
        #expect(rendered.failures.first { $0.cell.id == "curves-37" }?.error.description.contains("whose train cell failed") == true)
        let html = rendered.html
        let (top, main) = (html.components(separatedBy: "<main>").first ?? "", html.components(separatedBy: "<main>").last ?? "")
        #expect(top.contains("<div class=\"callout failure\" role=\"alert\">")
            && top.contains("<a href=\"#cell-first\">first (train cell, line 17)</a>"), "listed above the contents")
        #expect(main.contains("<div class=\"callout failure\" role=\"alert\">\n<p><strong>The train cell first (line 17) failed."),
                "and shown in place")
        #expect(html.contains("class=\"cell cell-predict\"") && html.contains("aria-label="), "the other cells still render")
        #expect(!FileManager.default.fileExists(atPath: fixture.cacheDirectory + "/.partial"), "no half-built entry is left")
        let hidden = (try? FileManager.default.contentsOfDirectory(atPath: fixture.cacheDirectory))?.filter { $0.hasPrefix(".") } ?? []
        #expect(hidden == [".reports"], "no partial or stale folder is left; only the record of the entries the render used")
    }

    @Test func aReferenceToNoLabelIsAWarningWithItsLine() throws {
        let fixture = try ReportFixture()
        let source = "---\ndataset: tiny\n---\nSee @fig-nowhere, mail a@b.org, and `@fig-code`.\n\n"
            + "```digitbook dataset\nsamples: 0\nvalidation: 20\n```\n"
        let rendered = try fixture.render(source)
        #expect(rendered.warnings
            == ["\(fixture.folder.file("report.md")):4: @fig-nowhere refers to no figure or table (no cell has label: fig-nowhere)"])
        #expect(rendered.html.contains("See ?@fig-nowhere, mail <a href=\"mailto:a@b.org\">a@b.org</a>, and <code>@fig-code</code>."))
    }

    @Test func proseImagesAreEmbeddedAndRemoteOnesWarned() throws {
        let fixture = try ReportFixture()
        let source = "---\ndataset: tiny\n---\n![a bar](bar.png)\n\n![far](https://example.org/x.png) ![gone](missing.png)\n"
        let rendered = try fixture.render(source)
        #expect(rendered.html.contains("<img src=\"data:image/png;base64,iVBOR"))
        #expect(!rendered.html.contains("src=\"https://example.org") && rendered.html.contains("<p>far <img src=\"missing.png\""),
                "the network image is shown as its description")
        #expect(rendered.warnings.count == 2)
        #expect(rendered.warnings.first?.hasSuffix("report.md:6: the image https://example.org/x.png is on the network, and a "
            + "self-contained page fetches nothing: its description is shown instead (save the image beside the report)") == true)
        #expect(rendered.warnings.last?.contains("report.md:6: the image missing.png: no such file") == true, "\(rendered.warnings)")
    }

    @Test func figureFilesStayInsideTheAssetFolder() throws {
        let fixture = try ReportFixture()
        let source = "---\ndataset: tiny\n---\n```digitbook dataset\nid: ../../escape\nsamples: 2\nvalidation: 20\n```\n"
        let rendered = try fixture.render(source)
        #expect(rendered.files.map(\.path).sorted() == ["report_files/------escape-samples.png", "report_files/------escape-samples.svg"])
    }

    @Test func anInterruptedRenderLeavesTheCacheUsable() throws {
        let fixture = try ReportFixture()
        _ = try fixture.render(ReportFixture.everyKind())
        let manager = FileManager.default
        // A killed render's half-built entry (its process is gone) and an entry whose output.json never got written.
        let entries = try manager.contentsOfDirectory(atPath: fixture.cacheDirectory).filter { !$0.hasPrefix(".") }.sorted()
        // Another machine's (a Slurm node sharing the folder) is left alone: its process may be alive there.
        let here = "/.partial-\(entries[0])-\(ResultCache.host)-999999999", elsewhere = "/.partial-\(entries[0])-node17-999999999"
        try manager.createDirectory(atPath: fixture.cacheDirectory + here, withIntermediateDirectories: true)
        try manager.createDirectory(atPath: fixture.cacheDirectory + elsewhere, withIntermediateDirectories: true)
        try manager.removeItem(atPath: fixture.cacheDirectory + "/\(entries[1])/output.json")
        let rendered = try fixture.render(ReportFixture.everyKind())
        #expect(ReportFixture.computed(rendered).count == 1, "only the entry without its output is computed again")
        #expect(rendered.failures.isEmpty)
        #expect(!manager.fileExists(atPath: fixture.cacheDirectory + here))
        #expect(manager.fileExists(atPath: fixture.cacheDirectory + elsewhere))
    }
}
