import Foundation
import Pages

/// The list of rendered reports served under /reports/.
enum ReportIndex {
    /// The page listing `names` (the pages that may be read), each linked.
    static func html(names: [String]) -> String {
        let items = names.map { name in
            let escaped = HTMLText.escaped(name)
            let link = name.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? escaped
            return "<li><a href=\"/reports/\(HTMLText.escaped(link))\">\(escaped)</a></li>"
        }
        let list = items.isEmpty ? "<p>No rendered reports yet: run <code>digitbook render</code>.</p>" : "<ul>\(items.joined())</ul>"
        return PageShell.html(title: "Digitbook: reports", body: "<main>\n<h1>Reports</h1>\n\(list)\n</main>", script: false)
    }
}
