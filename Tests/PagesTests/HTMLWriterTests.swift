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
        table.append(contentsOf: [["<7>", "1,000"]])
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

    @Test func proseBlocksAndPageParts() {
        #expect(HTMLWriter.html([.image(source: "https://example.org/pixel.png", description: "a <pixel>")]) == "a &lt;pixel&gt;",
                "a page fetches nothing from the network")
        #expect(HTMLWriter.html([.image(source: "images/seven.png", description: "a seven")])
                == "<img src=\"images/seven.png\" alt=\"a seven\">")
        #expect(HTMLWriter.html([.image(source: "//example.org/x.png", description: "x")]) == "x")
        #expect(HTMLWriter.html(.callout(.failure, [.paragraph("no")]))
                == "<div class=\"callout failure\" role=\"alert\">\n<p>no</p>\n</div>")
        #expect(HTMLWriter.html(.section(id: "cell-a", classes: ["cell", "cell-train"], [.rule]))
                == "<section id=\"cell-a\" class=\"cell cell-train\">\n<hr>\n</section>")
        #expect(HTMLWriter.html(.contents([ContentsEntry(level: 2, text: "A & B", id: "a-b")]))
                .contains("<li class=\"level-2\"><a href=\"#a-b\">A &amp; B</a></li>"))
        let loose = DocumentList(ordered: true, start: 3, tight: false, items: [.init([.paragraph("x")], checked: true)])
        #expect(HTMLWriter.html(.list(loose)) == "<ol start=\"3\"><li><input type=\"checkbox\" disabled checked> <p>x</p></li></ol>")
        let numbered = Figure(id: "fig-a", number: "Figure 1", caption: Inline.plain("c"),
                              content: .drawing(.init(.missing, description: "d")))
        #expect(HTMLWriter.html(.figure(numbered)).hasPrefix("<figure class=\"chart\" id=\"fig-a\">"))
        let linked = Figure(caption: Inline.plain("c"), content: .drawing(.init(.file(path: "a.png", png: nil), description: "d",
                                                                                  link: "a.svg")))
        #expect(HTMLWriter.html(.figure(linked)) == "<figure class=\"chart\">\n<a href=\"a.svg\"><img src=\"a.png\" alt=\"d\"></a>\n"
            + "<figcaption>c</figcaption>\n</figure>")
    }

    @Test func tableCellsHoldInlineContentAndPlainCellsStayStringsInJSON() throws {
        var table = HTMLTable(header: ["Student", "Total"], numeric: [1])
        table.append(cells: [TableCell([.link(Inline.plain("a<b"), to: "feedback/a%3Cb.html")]), "5.00"])
        #expect(table.html.contains("<tr><td><a href=\"feedback/a%3Cb.html\">a&lt;b</a></td><td class=\"num\">5.00</td></tr>"))
        let json = String(decoding: try JSONEncoder().encode(table.rows), as: UTF8.self)
        #expect(json.contains("\"5.00\"") && json.contains("\"link\""), "\(json)")
        #expect(try JSONDecoder().decode(HTMLTable.self, from: JSONEncoder().encode(table)) == table)
        #expect(table.rows[0][0].text == "a<b")
    }

    @Test func mappingInlinesReachesEveryNestedRun() {
        let block = DocumentBlock.callout(.note, [.list(ordered: false, items: [[.emphasis([.text("a")])]]),
                                                  .figure(Figure(caption: [.text("b")], content: .table(HTMLTable(header: ["c"]))))])
        let upper = block.mappingInlines { inline in
            if case .text(let text) = inline { return .text(text.uppercased()) }
            return inline
        }
        let html = HTMLWriter.html(upper)
        #expect(html.contains("<em>A</em>") && html.contains("<figcaption>B</figcaption>") && html.contains("<th>C</th>"), "\(html)")
    }

    @Test func blocksCachedByTheLastReleaseStillDecode() throws {
        // As "digitbook-cell 2" caches hold them: tables without centred columns, code without a language.
        let cached = #"[{"table":{"_0":{"header":["a"],"rows":[["1"]],"numeric":[0],"separated":[],"rowClasses":{},"label":"t"}}},"#
            + #"{"details":{"summary":[{"text":{"_0":"s"}}],"content":[{"code":{"_0":"x"}}]}}]"#
        let blocks = try JSONDecoder().decode([DocumentBlock].self, from: Data(cached.utf8))
        var table = HTMLTable(header: ["a"], numeric: [0])
        table.append(["1"])
        table.label = "t"
        #expect(blocks == [.table(table), .details(summary: Inline.plain("s"), content: [.code("x")])])
    }

    @Test func blocksSurviveJSON() throws {
        var table = HTMLTable(header: ["a"])
        table.append(contentsOf: [["1"]])
        table.separated = [0]
        let blocks: [DocumentBlock] = [
            .heading(level: 3, [.emphasis(Inline.plain("e"))]), .table(table),
            .details(summary: Inline.plain("s"),
                     content: [.code("c"), .callout(.note, [.paragraph([.link(Inline.plain("l"), to: "#x")])])]),
            .heading(level: 2, Inline.plain("h"), id: "h"), .code("let x", language: "swift"), .quote([.rule]),
            .footnotes([Footnote(number: 1, blocks: [.paragraph([.footnote(1), .strikethrough(Inline.plain("s"))])])]),
            .section(id: "s", classes: ["cell"], [.title(TitleBlock(kicker: "k", title: "t", bylines: ["b"]))]),
            .contents([ContentsEntry(level: 2, text: "t", id: "t")]),
        ]
        let decoded = try JSONDecoder().decode([DocumentBlock].self, from: JSONEncoder().encode(blocks))
        #expect(decoded == blocks)
    }
}
