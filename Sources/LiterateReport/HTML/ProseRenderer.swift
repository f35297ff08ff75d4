/// Renders report prose (GitHub-flavoured Markdown through cmark-gfm) and gives every heading a stable, unique id for
/// the table of contents and links.
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
        guard let document = CommonMark(markdown) else { return "<p>" + HTMLPage.escaped(markdown) + "</p>" }
        var html = document.html
        // cmark writes every heading as a bare <hN> (raw HTML is left out), in document order: give each its id.
        var searchFrom = html.startIndex
        for heading in document.headings {
            let id = uniqueID(for: heading.text)
            headings.append(Heading(level: heading.level, text: heading.text, id: id))
            guard let tag = html.range(of: "<h\(heading.level)>", range: searchFrom..<html.endIndex) else { continue }
            let replacement = "<h\(heading.level) id=\"\(id)\">"
            html.replaceSubrange(tag, with: replacement)
            searchFrom = html.index(tag.lowerBound, offsetBy: replacement.count)
        }
        return html
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
            if character.isLetter || character.isNumber {
                slug.append(character)
            } else if !slug.hasSuffix("-") && !slug.isEmpty {
                slug.append("-")
            }
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
