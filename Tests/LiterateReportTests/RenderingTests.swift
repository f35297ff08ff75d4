import Pages
import Testing
@testable import LiterateReport

@Suite struct RenderingTests {
    @Test func rendersTablesAndGivesHeadingsUniqueIDs() {
        let renderer = ProseRenderer()
        let html = HTMLWriter.html(renderer.blocks(from: "## Data & splits\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n### Data & splits\n\n"
            + "Text with `code`.").blocks)
        #expect(html.contains("<h2 id=\"data-splits\">"))
        #expect(html.contains("<h3 id=\"data-splits-2\">"))
        #expect(html.contains("<table>") && html.contains("<td>1</td>"))
        #expect(html.contains("<code>code</code>"))
        #expect(renderer.headings.map(\.level) == [2, 3])
        #expect(renderer.uniqueID(for: "  !!  ") == "section")
    }

    @Test func thePageIsSelfContainedAndTheSameEveryTime() {
        func page() -> String {
            let renderer = ProseRenderer()
            let body = renderer.blocks(from: "# Results\n\nSee <b>this</b>.\n\n## Details").blocks
            return HTMLPage(title: "A & B <report>", authors: ["Ada"], date: nil, contents: renderer.headings, body: body).html
        }
        let html = page()
        #expect(html == page())
        #expect(html.contains("<title>A &amp; B &lt;report&gt;</title>"))
        #expect(html.contains("<a href=\"#results\">Results</a>") && html.contains("<a href=\"#details\">Details</a>"))
        for external in ["http://", "https://", "<script", "<link", "@import", "url("] {
            #expect(!html.contains(external), "no \(external) in a self-contained page")
        }
    }
}
