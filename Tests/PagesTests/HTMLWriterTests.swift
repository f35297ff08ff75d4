import Foundation
import Testing
@testable import Pages

/// The document model and its HTML writer: text is escaped by construction, links go only where links may go, and
/// blocks survive the cache's JSON.
@Suite struct HTMLWriterTests {
    @Test func textIsAlwaysText() {
        let hostile = "<script>alert(\"x\")</script> & 'quotes'"
        let html = HTMLWriter.html([
            .heading(level: 2, Inline.plain(hostile)),
            .paragraph([.text(hostile), .strong(Inline.plain(hostile), role: "prediction\" onclick=\"x"), .code(hostile)]),
            .details(summary: Inline.plain(hostile), content: [.code(hostile)]),
            .list(ordered: false, items: [Inline.plain(hostile)]),
            .callout(.warning, [.paragraph(hostile)]),
        ])
        #expect(!html.contains("<script>") && !html.contains("onclick=\""), "\(html)")
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 'quotes'"), "\(html)")
        #expect(html.contains("<strong class=\"prediction&quot; onclick=&quot;x\">"))
    }

    @Test func aQuoteWithACombiningMarkIsStillEscaped() {
        let hostile = "x\"\u{301} autofocus onfocus=alert(1) y=\"<\u{301}script>"
        let escaped = HTMLText.escaped(hostile)
        #expect(!escaped.unicodeScalars.contains("\"") && !escaped.unicodeScalars.contains("<"), "\(escaped)")
        var table = HTMLTable(header: ["a"])
        table.label = hostile
        #expect(!table.html.contains("autofocus onfocus=alert(1) y=\""), "the label stays one attribute value")
    }

    @Test func blocksAreMarkedUpAsThePagesExpect() {
        #expect(HTMLWriter.html(.paragraph([.strong(Inline.plain("7"), role: "prediction")]))
                == "<p><strong class=\"prediction\">7</strong></p>")
        #expect(HTMLWriter.html(.details(summary: Inline.plain("As Keras prints it"), content: [.code("a\nb")]))
                == "<details><summary>As Keras prints it</summary>\n<pre tabindex=\"0\">a\nb</pre>\n</details>")
        #expect(HTMLWriter.html(.paragraph([.text("a"), .lineBreak, .text("b")])) == "<p>a<br>\nb</p>")
        #expect(HTMLWriter.html(.list(ordered: true, items: [Inline.plain("one"), Inline.plain("two")]))
                == "<ol><li>one</li><li>two</li></ol>")
        var table = HTMLTable(header: ["Class", "Count"], numeric: [1])
        table.rows = [["<7>", "1,000"]]
        #expect(HTMLWriter.html(.table(table)).contains("<td>&lt;7&gt;</td><td class=\"num\">1,000</td>"))
    }

    @Test func linksGoOnlyToTheWebMailOrThisSite() {
        for target in ["https://example.org/a?b=c", "mailto:a@b.org", "#fig-1", "report_files/a.png", "a/b:c"] {
            #expect(HTMLWriter.html([.link(Inline.plain("x"), to: target)]).hasPrefix("<a href="), "\(target)")
        }
        for target in ["javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,<b>", "vbscript:x"] {
            #expect(HTMLWriter.html([.link(Inline.plain("x"), to: target)]) == "x", "\(target)")
        }
    }

    @Test func blocksSurviveJSON() throws {
        var table = HTMLTable(header: ["a"])
        table.rows = [["1"]]
        table.separated = [0]
        let blocks: [DocumentBlock] = [
            .heading(level: 3, [.emphasis(Inline.plain("e"))]), .table(table),
            .details(summary: Inline.plain("s"),
                     content: [.code("c"), .callout(.note, [.paragraph([.link(Inline.plain("l"), to: "#x")])])]),
        ]
        let decoded = try JSONDecoder().decode([DocumentBlock].self, from: JSONEncoder().encode(blocks))
        #expect(decoded == blocks)
    }
}
