import Testing
@testable import LiterateReport

/// Prose nested thousands deep (quotes in quotes, list items in list items, emphasis in emphasis) renders, its text
/// kept: past 32 levels the rest is its plain text. It ran out of stack at about 8,000 levels.
@Suite struct DeepNestingTests {
    @Test func thousandsOfLevelsRenderAndKeepTheirText() throws {
        let fixture = try ReportFixture()
        let source = "---\ntitle: Deep\n---\n\n" + String(repeating: ">", count: 20_000) + " the bottom of the quote\n\n"
            + String(repeating: "- ", count: 5_000) + "the deepest item\n\n"
            + String(repeating: "*", count: 20_000) + "stressed" + String(repeating: "*", count: 20_000) + "\n"
        let html = try fixture.render(source).html
        #expect(html.contains("the bottom of the quote") && html.contains("the deepest item") && html.contains("stressed"))
        #expect(html.components(separatedBy: "<blockquote>").count - 1 <= CommonMark.deepestNesting)
    }
}
