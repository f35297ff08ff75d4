import Testing
@testable import LiterateReport

/// Prose through cmark-gfm: examples in the style of the CommonMark spec (paragraphs, lists, code spans, emphasis,
/// links, HTML blocks), the GitHub extensions, heading ids, and the seed-cnn paragraph Ink used to cut in two.
@Suite struct CommonMarkProseTests {
    func html(_ markdown: String) -> String { ProseRenderer().html(from: markdown) }

    @Test func aLineStartingWithACodeSpanContinuesItsParagraph() {
        let markdown = "@tab-layers lists it as Keras's\n`model.summary()` does; almost all of its weights sit there.\n"
        #expect(html(markdown)
            == "<p>@tab-layers lists it as Keras's\n<code>model.summary()</code> does; almost all of its weights sit there.</p>\n")
    }

    @Test func specExamples() {
        // Paragraphs and a hard break (two trailing spaces).
        #expect(html("aaa\nbbb\n\nccc  \nddd") == "<p>aaa\nbbb</p>\n<p>ccc<br />\nddd</p>\n")
        // Lists: a tight list, an ordered list starting at 3.
        #expect(html("- a\n- b\n") == "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n")
        #expect(html("3. x\n4. y\n") == "<ol start=\"3\">\n<li>x</li>\n<li>y</li>\n</ol>\n")
        // Code spans strip one space and keep backslashes; emphasis and strong emphasis.
        #expect(html("`` foo ` bar ``") == "<p><code>foo ` bar</code></p>\n")
        #expect(html("`foo\\`bar`") == "<p><code>foo\\</code>bar`</p>\n")
        #expect(html("*foo*bar and __strong__") == "<p><em>foo</em>bar and <strong>strong</strong></p>\n")
        // Links, with a title, and a reference link.
        #expect(html("[link](/uri \"title\")") == "<p><a href=\"/uri\" title=\"title\">link</a></p>\n")
        #expect(html("[foo][bar]\n\n[bar]: /url") == "<p><a href=\"/url\">foo</a></p>\n")
        // An HTML block is left out (safe mode); the text around it stays.
        #expect(html("<div>\n*hi*\n</div>\n\nafter") == "<!-- raw HTML omitted -->\n<p>after</p>\n")
        #expect(html("a <span>b</span> c") == "<p>a <!-- raw HTML omitted -->b<!-- raw HTML omitted --> c</p>\n")
    }

    @Test func githubExtensions() {
        #expect(html("| a | b |\n| - | -: |\n| 1 | 2 |\n").contains("<th align=\"right\">b</th>"))
        #expect(html("~~gone~~") == "<p><del>gone</del></p>\n")
        #expect(html("see https://example.org now") == "<p>see <a href=\"https://example.org\">https://example.org</a> now</p>\n")
        #expect(html("- [x] done\n- [ ] open\n").contains("<input type=\"checkbox\" checked=\"\" disabled=\"\" /> done"))
        let footnote = html("A claim.[^1]\n\n[^1]: The source.\n")
        #expect(footnote.contains("<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\"") && footnote.contains("The source."))
        let kept = HTMLSanitizer.sanitize(footnote)
        #expect(kept.contains("<a href=\"#fn-1\" id=\"fnref-1\">1</a>") && kept.contains("<li id=\"fn-1\">"))
        #expect(HTMLSanitizer.sanitize(html("- [x] done\n")).contains("<input type=\"checkbox\" checked=\"\" disabled=\"\">"))
    }

    @Test func headingsGetUniqueIdsFromTheirText() {
        let renderer = ProseRenderer()
        let page = renderer.html(from: "# Data and `splits`\n\ntext <h2>not a heading</h2>\n\n## Data and splits\n")
        #expect(page.contains("<h1 id=\"data-and-splits\">Data and <code>splits</code></h1>"))
        #expect(page.contains("<h2 id=\"data-and-splits-2\">Data and splits</h2>"))
        #expect(renderer.headings.map(\.level) == [1, 2] && renderer.headings.map(\.text) == ["Data and splits", "Data and splits"])
    }
}
