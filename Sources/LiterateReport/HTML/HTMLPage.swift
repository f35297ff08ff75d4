import Localization
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
    let body: [DocumentBlock]
    /// The report's language: its words (contents, the failure box) and the page's `lang` (the front matter's tag).
    var catalogue: Catalogue = Catalogues.compiledIn.english
    var languageTag = "en"

    var language: PageLanguage {
        PageLanguage(tag: languageTag, rightToLeft: catalogue.language.direction == .rightToLeft)
    }

    var html: String {
        StandalonePage(title: title, style: Self.reportStyle, body: [.blocks(top), .element("main", [], [.blocks(body)])],
                       language: language).html
    }

    /// The whole document as blocks: the title, the failed cells, the contents, then the body (what a PDF prints).
    var blocks: [DocumentBlock] { top + body }

    private var top: [DocumentBlock] {
        let byline = (authors.isEmpty ? [] : [authors.joined(separator: ", ")]) + (date.map { [$0] } ?? [])
        var top: [DocumentBlock] = [.title(TitleBlock(title: title, bylines: byline))]
        if !failures.isEmpty {
            let failed: [Inline] = catalogue.language.tag == "en"
                ? [.strong(Inline.plain("\(failures.count) cell\(failures.count == 1 ? "" : "s") failed")),
                   .text("; the rest of the report rendered.")]
                : [.strong(Inline.plain(catalogue.text(.reportCellsFailed, ["count": "\(failures.count)"])))]
            top.append(.callout(.failure, [
                .paragraph(failed),
                .list(ordered: false, items: failures.map { [.link(Inline.plain($0.text), to: "#" + $0.anchor)] }),
            ]))
        }
        let listed = contents.filter { $0.level <= 3 }
        if !listed.isEmpty {
            top.append(.contents(listed.map { ContentsEntry(level: $0.level, text: $0.text, id: $0.id) },
                                 title: catalogue.text(.reportContents)))
        }
        return top
    }

    /// What only reports add to Pages' shared typography: the title block, contents, cell errors, provenance, print.
    static let reportStyle = """
        nav.contents{border:1px solid var(--rule);border-radius:6px;padding:.5rem 1.25rem;margin:1.5rem 0}
        nav.contents h2{font-size:1rem;margin:.5rem 0}
        nav.contents ul{list-style:none;padding-left:0;margin:.25rem 0 .5rem}
        nav.contents li.level-3{padding-left:1.25rem}
        figure.table table{font-size:.9rem}
        figcaption .number{font-weight:bold;color:var(--ink)}
        figure.table table{margin:.25rem 0}
        tr.rule td{border-top:2px solid var(--rule)}
        details.source,details{margin:.75rem 0}details summary{cursor:pointer;color:var(--muted)}
        strong.prediction{font-size:1.6em}
        .provenance{font-size:.85rem;border-top:1px solid var(--rule);margin-top:3rem}
        .provenance td{word-break:break-all}
        @media print{body{max-width:none;font-size:11pt}nav.contents{break-after:page}figure,table{break-inside:avoid}
        a{color:inherit}details{display:block}}
        """
}
