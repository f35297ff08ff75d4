import Foundation
import TestSupport
import Testing
@testable import LiterateReport

/// A page built from someone else's report runs no script, makes no request and reads no file outside its folder.
@Suite struct PageSecurityTests {
    static let hostile = """
        ---
        title: "<script>alert('title')</script>"
        dataset: tiny
        ---
        # Results

        [click](javascript:alert(3)) [spaced](jAvAsCrIpT:alert(4)) [fine](https://example.org/ok) [local](#results)

        An image <img src=x onerror=alert(1)> in a paragraph.

        Text <script>alert(1)</script> and <b onclick="alert(2)">bold</b> and <iframe src="https://example.org/x"></iframe>.

        <style>body { background: url(https://example.org/track.png) }</style>

        <a href="java&#x73;cript:alert(5)">entity</a> <img src="https://example.org/pixel.png"> <!-- a comment -->

        ```digitbook summary
        id: "<script>alert('id')</script>"
        model: mlp
        caption: "<img src=x onerror=alert(6)> caption"
        ```
        """

    @Test func rawHTMLInProseAndEveryOtherPathIsMadeHarmless() throws {
        let fixture = try ReportFixture()
        let rendered = try fixture.render(Self.hostile)
        let html = rendered.html
        // Text may mention anything once escaped; the tags are what a browser acts on.
        let tags = html.matches(of: /<\/?[a-zA-Z][^>]*>/).map { String($0.output).lowercased() }
        for forbidden in ["<script", "<iframe", "<style>body", "onerror", "onclick", "javascript:", "example.org/pixel",
                          "example.org/track", "href=\"java"] {
            #expect(!tags.contains { $0.contains(forbidden) }, "\(forbidden)")
        }
        #expect(!html.contains("<!--"))
        #expect(html.contains("Text alert(1) and bold and ."), "raw HTML is left out, its text stays")
        #expect(rendered.warnings.contains { $0.hasSuffix(": raw HTML in the prose is left out of the page (write Markdown instead)") },
                "\(rendered.warnings)")
        #expect(html.contains("<a href=\"https://example.org/ok\">fine</a>") && html.contains("<a href=\"#results\">local</a>"))
        #expect(html.contains("<p>click spaced <a href"), "a javascript: link keeps its words and loses its target")
    }

    @Test func filesOutsideTheReportsFolderAreRefusedUnlessAllowed() throws {
        let fixture = try ReportFixture()
        let outside = TemporaryDirectory("outside")
        let bar = try #require(FileManager.default.contents(atPath: fixture.folder.file("bar.png")))
        let image = outside.write(Array(bar), to: "bar.png")
        let source = """
            ---
            dataset: tiny
            ---
            ![outside](\(image)) ![up](../\((outside.path as NSString).lastPathComponent)/bar.png) ![etc](/etc/hostname)

            ```digitbook train
            id: run
            model: logreg
            epochs: 1
            validation: 20
            ```

            ```digitbook predict
            run: run
            image: \(image)
            ```
            """
        let refused = try fixture.render(source)
        #expect(refused.failures.map { $0.1.description }.contains { $0.contains("is outside the report's folder") })
        #expect(refused.warnings.filter { $0.contains("is outside the report's folder") }.count == 3)

        let allowed = try fixture.render(source, allowOutside: [outside.path])
        #expect(allowed.failures.isEmpty, "\(allowed.failures.map { $0.1.description })")
        #expect(allowed.warnings.filter { $0.contains("is outside the report's folder") }.count == 1, "/etc/hostname stays refused")
    }

    @Test func hiddenFilesAndLinksOutOfTheFolderAreNotRead() throws {
        let fixture = try ReportFixture()
        let outside = TemporaryDirectory("outside")
        let secret = outside.write(Array("root:x:0:0".utf8), to: "passwd")
        try FileManager.default.createSymbolicLink(atPath: fixture.folder.file("passwd.png"), withDestinationPath: secret)
        let bar = try #require(FileManager.default.contents(atPath: fixture.folder.file("bar.png")))
        fixture.folder.write(Array(bar), to: ".hidden.png")
        let source = "---\ndataset: tiny\n---\n![link](passwd.png) ![hidden](.hidden.png)\n"
        let rendered = try fixture.render(source)
        #expect(rendered.warnings.count == 2, "\(rendered.warnings)")
        #expect(rendered.warnings.first?.contains("is outside the report's folder") == true, "\(rendered.warnings)")
        #expect(rendered.warnings.last?.contains(".hidden.png: is hidden") == true, "\(rendered.warnings)")
        #expect(!rendered.html.contains("data:image/png"))
    }

    @Test func aProseOnlyReportNeedsNoData() throws {
        let fixture = try ReportFixture()
        let document = try ReportDocument(text: "---\ntitle: Notes\n---\nJust words.\n\n```digitbook summary\nmodel: mlp\n```\n",
                                          file: fixture.folder.file("notes.md"))
        #expect(!document.needsDataset)
        let settings = ReportRenderer.Settings(manifest: fixture.copy.manifest, dataDirectory: "/no/such/data", cacheDirectory: nil,
                                               threads: 1, version: "test", assetFolder: "notes_files")
        let rendered = try ReportRenderer(settings: settings).render(document, sourceDirectory: fixture.folder.path)
        #expect(rendered.failures.isEmpty && rendered.html.contains("Just words."))
        #expect(!FileManager.default.fileExists(atPath: "/no/such/data"))
    }
}
