import Ink

/// Renders report prose (CommonMark with GFM tables, through Ink) and gives every heading a stable, unique id
/// for the table of contents and links.
final class ProseRenderer {
    /// A heading found so far: its level (1-6), its text and its id.
    struct Heading: Equatable {
        let level: Int
        let text: String
        let id: String
    }

    private(set) var headings: [Heading] = []
    private var used: Set<String> = []

    /// The HTML of `markdown`; headings get ids such as `id="data-and-splits"` (then `-2`, `-3` when repeated).
    func html(from markdown: String) -> String {
        var parser = MarkdownParser()
        parser.addModifier(Modifier(target: .headings) { [self] html, markdown in
            let level = markdown.prefix { $0 == "#" }.count
            let text = markdown.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces)
            let id = uniqueID(for: text)
            headings.append(Heading(level: level, text: text, id: id))
            guard let close = html.firstIndex(of: ">") else { return html }
            return String(html[..<close]) + " id=\"\(id)\"" + String(html[close...])
        })
        return parser.html(from: markdown)
    }

    /// Keeps `id` (a figure's or cell's anchor) from being given to a heading.
    func reserve(_ id: String) {
        used.insert(id)
    }

    /// Adds a heading that is not in the prose (the appendix) to the contents, and returns its id.
    func addHeading(level: Int, text: String) -> String {
        let id = uniqueID(for: text)
        headings.append(Heading(level: level, text: text, id: id))
        return id
    }

    /// A lower-case, hyphenated slug of `text`, unique within this report.
    func uniqueID(for text: String) -> String {
        var slug = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber { slug.append(character) } else if !slug.hasSuffix("-") && !slug.isEmpty { slug.append("-") }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        if slug.isEmpty { slug = "section" }
        var candidate = slug, counter = 2
        while used.contains(candidate) {
            candidate = "\(slug)-\(counter)"
            counter += 1
        }
        used.insert(candidate)
        return candidate
    }
}
