import Foundation
import Pages

/// The list of rendered reports served under /reports/, each by its title.
enum ReportIndex {
    /// The page listing `pages` (file name and title, of the pages that may be read), each linked by its title.
    static func html(pages: [(name: String, title: String)], language: ReaderLanguage) -> String {
        let items = pages.map { page in
            let link = page.name.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? page.name
            return [Inline.link(Inline.plain(page.title), to: "/reports/" + link)]
        }
        let none = language.text(.reportsNone, ["command": "\u{1}"]).components(separatedBy: "\u{1}")
        let list: DocumentBlock = items.isEmpty
            ? .paragraph([.text(none.first ?? ""), .code("digitbook render"), .text(none.dropFirst().joined())])
            : .list(ordered: false, items: items)
        return PageShell.html(title: language.text(.reportsTitle), body: [.element("h1", text: language.text(.reportsHeading)),
                                                                          .block(list)], script: false, language: language)
    }
}
