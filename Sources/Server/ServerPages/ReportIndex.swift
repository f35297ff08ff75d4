import Foundation
import Pages

/// The list of rendered reports served under /reports/.
enum ReportIndex {
    /// The page listing `names` (the pages that may be read), each linked.
    static func html(names: [String]) -> String {
        let items = names.map { name in
            let link = name.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? name
            return [Inline.link(Inline.plain(name), to: "/reports/" + link)]
        }
        let list: DocumentBlock = items.isEmpty
            ? .paragraph([.text("No rendered reports yet: run "), .code("digitbook render"), .text(".")])
            : .list(ordered: false, items: items)
        return PageShell.html(title: "Digitbook: reports", body: [.element("h1", text: "Reports"), .block(list)], script: false)
    }
}
