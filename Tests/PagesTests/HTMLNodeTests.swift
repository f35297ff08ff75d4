import Foundation
import Testing
@testable import Pages

/// Typed nodes: text and attribute values are escaped, a link or image that could run a script or fetch from the
/// network is left out, and pages come out the same every time.
@Suite struct HTMLNodeTests {
    @Test func textAndAttributesAreEscapedAndDangerousLinksDropped() {
        let hostile = "\"><script>alert(1)</script>"
        let html = HTMLWriter.html(.element("p", ["class": hostile], [
            .text(hostile),
            .element("a", ["href": "javascript:alert(1)"], text: "x"),
            .element("a", ["href": "/ok?a=1&b=2"], text: "ok"),
            .element("img", ["src": "data:text/html,<b>", "alt": "a"]),
            .element("a", ["download": "d.csv", "href": "data:text/csv;charset=utf-8,a%2Cb"], text: "csv"),
        ]))
        #expect(!html.contains("<script>") && !html.contains("javascript:") && !html.contains("data:text/html"), "\(html)")
        #expect(html.contains("<p class=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\">&quot;&gt;&lt;script&gt;"))
        #expect(html.contains("<a>x</a><a href=\"/ok?a=1&amp;b=2\">ok</a><img alt=\"a\">"), "\(html)")
        #expect(html.contains("<a download=\"d.csv\" href=\"data:text/csv;charset=utf-8,a%2Cb\">csv</a>"))
    }

    @Test func voidElementsBooleanAttributesAndLineBreaks() {
        let form: HTMLNode = .element("form", ["action": "/predict"], [
            .element("p", [], [.element("input", ["type": "file", "multiple": nil]), .element("label", text: "Photo")]),
            .element("div", ["hidden": nil], text: "drop"),
        ])
        #expect(HTMLWriter.html(form) == "<form action=\"/predict\">\n<p><input type=\"file\" multiple><label>Photo</label></p>\n"
            + "<div hidden>drop</div>\n</form>")
        #expect(HTMLWriter.html(.element("style", [], [.css("a>b{x:y}</style><script>")]))
                == "<style>\na>b{x:y}<\\/style><script>\n</style>",
                "a style sheet cannot end its element")
    }

    @Test func aStandalonePageHasItsTitleStyleAndNothingFetched() {
        let page = StandalonePage(title: "A & <B>", style: ".x{}", body: [.block(.title(TitleBlock(kicker: "Feedback", title: "T",
                                                                                                  bylines: ["Student <s>"])))]).html
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">"))
        #expect(page.contains("<title>A &amp; &lt;B&gt;</title>") && page.contains(".x{}\n</style>"))
        #expect(page.contains("<header>\n<p class=\"kicker\">Feedback</p>\n<h1 class=\"title\">T</h1>\n"
            + "<p class=\"byline\">Student &lt;s&gt;</p>"))
        #expect(!page.contains("<link") && !page.contains("<script"))
        let served = LinkedPage(title: "t", stylesheet: "/app.css", script: "/app.js", body: []).html
        #expect(served.contains("<link rel=\"stylesheet\" href=\"/app.css\">")
                && served.contains("<script src=\"/app.js\" defer></script>"))
    }
}
