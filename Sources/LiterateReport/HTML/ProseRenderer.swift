import Foundation
import Pages

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

    /// The blocks of `markdown` (formulas in `$…$` and `$$…$$` as MathML), whether raw HTML was left out of them, and
    /// the formulas that could not be read, with their lines from the first; headings get ids such as `data-and-splits`
    /// (then `-2`, `-3` when repeated).
    func blocks(from markdown: String) -> (blocks: [DocumentBlock], omittedHTML: Bool, mathProblems: [(line: Int, message: String)]) {
        let math = MathSpans(markdown)
        guard let document = CommonMark(math.markdown) else { return ([.paragraph(markdown)], false, []) }
        let parsed = document.blocks(math: math)
        return (parsed.blocks.map(identifyingHeadings), parsed.omittedHTML, parsed.mathProblems)
    }

    /// `block` with every heading in it given its id, in document order.
    private func identifyingHeadings(_ block: DocumentBlock) -> DocumentBlock {
        switch block {
        case .heading(let level, let content, _):
            let text = Inline.text(of: content).replacingOccurrences(of: "\n", with: " ").trimmingCharacters(in: .whitespaces)
            let id = uniqueID(for: text)
            headings.append(Heading(level: level, text: text, id: id))
            return .heading(level: level, content, id: id)
        case .quote(let content): return .quote(content.map(identifyingHeadings))
        case .list(var list):
            list.items = list.items.map { DocumentList.Item($0.blocks.map(identifyingHeadings), checked: $0.checked) }
            return .list(list)
        default: return block
        }
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
