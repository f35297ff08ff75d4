import Pages
import Testing
@testable import LiterateReport

/// Prose through cmark-gfm into the document model: examples in the style of the CommonMark spec (paragraphs, lists,
/// code spans, emphasis, links, HTML blocks), the GitHub extensions, heading ids, and the seed-cnn paragraph Ink used
/// to cut in two.
@Suite struct CommonMarkProseTests {
    func html(_ markdown: String) -> String { HTMLWriter.html(ProseRenderer().blocks(from: markdown).blocks) }

    @Test func aLineStartingWithACodeSpanContinuesItsParagraph() {
        let markdown = "@tab-layers lists it as Keras's\n`model.summary()` does; almost all of its weights sit there.\n"
        #expect(html(markdown)
            == "<p>@tab-layers lists it as Keras's\n<code>model.summary()</code> does; almost all of its weights sit there.</p>")
    }

    @Test func specExamples() {
        // Paragraphs and a hard break (two trailing spaces).
        #expect(html("aaa\nbbb\n\nccc  \nddd") == "<p>aaa\nbbb</p>\n<p>ccc<br>\nddd</p>")
        // Lists: a tight list, an ordered list starting at 3, a loose list with a nested one, a block quote and a rule.
        #expect(html("- a\n- b\n") == "<ul><li>a</li><li>b</li></ul>")
        #expect(html("3. x\n4. y\n") == "<ol start=\"3\"><li>x</li><li>y</li></ol>")
        #expect(html("- a\n\n  - b\n\n- c\n") == "<ul><li><p>a</p>\n<ul><li>b</li></ul></li><li><p>c</p></li></ul>")
        #expect(html("> quoted\n\n***\n") == "<blockquote>\n<p>quoted</p>\n</blockquote>\n<hr>")
        // Code spans strip one space and keep backslashes; emphasis and strong emphasis; a fenced block's language.
        #expect(html("`` foo ` bar ``") == "<p><code>foo ` bar</code></p>")
        #expect(html("`foo\\`bar`") == "<p><code>foo\\</code>bar`</p>")
        #expect(html("*foo*bar and __strong__") == "<p><em>foo</em>bar and <strong>strong</strong></p>")
        #expect(html("```swift\nlet a = 1 < 2\n```") == "<pre tabindex=\"0\"><code class=\"language-swift\">let a = 1 &lt; 2</code></pre>")
        // Links, with a title, and a reference link.
        #expect(html("[link](/uri \"title\")") == "<p><a href=\"/uri\">link</a></p>")
        #expect(html("[foo][bar]\n\n[bar]: /url") == "<p><a href=\"/url\">foo</a></p>")
        // An HTML block is left out, and said to be; the text around raw inline HTML stays.
        let block = ProseRenderer().blocks(from: "<div>\n*hi*\n</div>\n\nafter")
        #expect(HTMLWriter.html(block.blocks) == "<p>after</p>" && block.omittedHTML)
        #expect(html("a <span>b</span> c") == "<p>a b c</p>")
        #expect(!ProseRenderer().blocks(from: "plain *prose*").omittedHTML)
    }

    @Test func githubExtensions() {
        let table = html("| a | b | c |\n| - | -: | :-: |\n| 1 | 2 | 3 |\n")
        #expect(table.contains("<thead><tr><th>a</th><th class=\"num\">b</th><th class=\"center\">c</th></tr></thead>"), "\(table)")
        #expect(table.contains("<tr><td>1</td><td class=\"num\">2</td><td class=\"center\">3</td></tr>"), "\(table)")
        #expect(table.hasPrefix("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\""), "a wide prose table scrolls too")
        #expect(html("~~gone~~") == "<p><del>gone</del></p>")
        #expect(html("see https://example.org now") == "<p>see <a href=\"https://example.org\">https://example.org</a> now</p>")
        #expect(html("- [x] done\n- [ ] open\n")
            == "<ul><li><input type=\"checkbox\" disabled checked> done</li><li><input type=\"checkbox\" disabled> open</li></ul>")
        let footnote = html("A claim.[^a] Another.[^b] Again.[^a]\n\n[^b]: Second.\n[^a]: The source.\n[^c]: Unused.\n")
        #expect(footnote.contains("A claim.<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\">1</a></sup> Another.<sup"))
        #expect(footnote.contains("Again.<sup class=\"footnote-ref\"><a href=\"#fn-1\">1</a></sup>"), "one id per note")
        #expect(footnote.contains("<li id=\"fn-1\">\n<p>The source.</p>") && footnote.contains("<li id=\"fn-2\">\n<p>Second.</p>"),
                "\(footnote)")
        #expect(!footnote.contains("Unused"), "\(footnote)")
    }

    @Test func headingsGetUniqueIdsFromTheirText() {
        let renderer = ProseRenderer()
        let page = HTMLWriter.html(renderer.blocks(from: "# Data and `splits`\n\ntext <h2>not a heading</h2>\n\n## Data and splits\n"
            + "\n> ### Quoted\n").blocks)
        #expect(page.contains("<h1 id=\"data-and-splits\">Data and <code>splits</code></h1>"))
        #expect(page.contains("<h2 id=\"data-and-splits-2\">Data and splits</h2>") && page.contains("<h3 id=\"quoted\">"))
        #expect(renderer.headings.map(\.level) == [1, 2, 3]
                && renderer.headings.map(\.text) == ["Data and splits", "Data and splits", "Quoted"])
    }
}
