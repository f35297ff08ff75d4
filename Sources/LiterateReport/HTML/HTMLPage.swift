import Pages
/// One self-contained HTML page: inline CSS, no scripts, fonts or requests to anything outside the file,
/// readable on a laptop, a phone and on paper.
struct HTMLPage {
    let title: String
    let authors: [String]
    let date: String?
    /// (level, text, id) of the headings to list in the table of contents.
    let contents: [ProseRenderer.Heading]
    /// Failed cells: the anchor of each and how to name it; listed above everything else.
    var failures: [(anchor: String, text: String)] = []
    /// The page body, already HTML.
    let body: String

    var html: String {
        var page = "<header>\n<h1 class=\"title\">\(Self.escaped(title))</h1>\n"
        if !authors.isEmpty { page += "<p class=\"byline\">\(authors.map(Self.escaped).joined(separator: ", "))</p>\n" }
        if let date { page += "<p class=\"byline\">\(Self.escaped(date))</p>\n" }
        page += "</header>\n"
        if !failures.isEmpty {
            page += "<div class=\"failures\" role=\"alert\">\n<p><strong>\(failures.count) cell\(failures.count == 1 ? "" : "s") "
                + "failed</strong>; "
                + "the rest of the report rendered.</p>\n<ul>\n"
            for failure in failures { page += "<li><a href=\"#\(failure.anchor)\">\(Self.escaped(failure.text))</a></li>\n" }
            page += "</ul>\n</div>\n"
        }
        let listed = contents.filter { $0.level <= 3 }
        if !listed.isEmpty {
            page += "<nav class=\"contents\" aria-label=\"Contents\">\n<h2>Contents</h2>\n<ul>\n"
            for heading in listed {
                page += "<li class=\"level-\(heading.level)\"><a href=\"#\(heading.id)\">\(Self.escaped(heading.text))</a></li>\n"
            }
            page += "</ul>\n</nav>\n"
        }
        page += "<main>\n" + body + "\n</main>"
        return StandalonePage(title: title, style: Self.reportStyle, body: page).html
    }

    /// `text` with the characters HTML gives meaning to escaped (Pages' one rule).
    static func escaped(_ text: String) -> String { HTMLText.escaped(text) }

    /// What only reports add to Pages' shared typography: the title block, contents, cell errors, provenance, print.
    static let reportStyle = """
        h1.title{margin-top:0;font-size:2rem}
        .byline{color:var(--muted);margin:.25rem 0}
        nav.contents{border:1px solid var(--rule);border-radius:6px;padding:.5rem 1.25rem;margin:1.5rem 0}
        nav.contents h2{font-size:1rem;margin:.5rem 0}
        nav.contents ul{list-style:none;padding-left:0;margin:.25rem 0 .5rem}
        nav.contents li.level-3{padding-left:1.25rem}
        figure.table table{font-size:.9rem}
        figcaption .number{font-weight:bold;color:var(--ink)}
        figure.table table{margin:.25rem 0}
        td.num,th.num{text-align:right}
        tr.rule td{border-top:2px solid var(--rule)}
        details.source,details{margin:.75rem 0}details summary{cursor:pointer;color:var(--muted)}
        .cell-error{border-left:4px solid #b3261e;background:#fdf0ef;padding:.5rem 1rem;margin:1rem 0}
        .cell-error pre{background:none;padding:0;white-space:pre-wrap}
        .failures{border:2px solid #b3261e;border-radius:6px;padding:.25rem 1.25rem;margin:1.5rem 0;background:#fdf0ef}
        strong.prediction{font-size:1.6em}
        .provenance{font-size:.85rem;border-top:1px solid var(--rule);margin-top:3rem}
        .provenance td{word-break:break-all}
        @media print{body{max-width:none;font-size:11pt}nav.contents{break-after:page}figure,table{break-inside:avoid}
        a{color:inherit}details{display:block}}
        """
}
