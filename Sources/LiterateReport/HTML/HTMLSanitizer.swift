import Foundation

/// Keeps only safe HTML in rendered prose: the tags Markdown itself produces, with their harmless attributes. cmark-gfm
/// already leaves raw HTML out; this is the second line of defence, and it removes cmark's "raw HTML omitted" marks.
///
/// Everything else a report's author (or whoever wrote the report) typed as raw HTML, such as `<script>`, `<iframe>`,
/// `<style>`, event handlers, `javascript:` links or images from the network, is shown as text instead, so that a
/// page built from someone else's report runs no script and makes no request.
enum HTMLSanitizer {
    /// Tags kept, with the attributes each may carry.
    static let allowed: [String: Set<String>] = {
        var tags: [String: Set<String>] = [:]
        for tag in ["p", "br", "hr", "em", "strong", "del", "s", "pre", "blockquote", "ul", "table", "thead", "tbody", "tr",
                    "sub", "b", "i"] { tags[tag] = [] }
        for level in 1...6 { tags["h\(level)"] = ["id"] }
        tags["a"] = ["href", "title", "id", "class", "aria-label"]  // ids and classes: footnote links
        tags["input"] = ["type", "checked", "disabled"]  // task list boxes
        tags["section"] = ["class"]  // footnotes
        tags["sup"] = ["class"]
        tags["li"] = ["id"]
        tags["img"] = ["src", "alt", "title"]
        tags["code"] = ["class"]
        tags["ol"] = ["start"]
        tags["th"] = ["align", "style"]
        tags["td"] = ["align", "style"]
        return tags
    }()

    /// What cmark-gfm writes where it leaves raw HTML out.
    static let omittedMarker = "<!-- raw HTML omitted -->"

    /// `html` with every tag outside the allow-list, and every attribute not allowed on its tag, made harmless.
    static func sanitize(_ html: String) -> String {
        var result = ""
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            result += rest[..<open]
            rest = rest[open...]
            if rest.hasPrefix(omittedMarker) {  // where cmark left raw HTML out
                rest = rest.dropFirst(omittedMarker.count)
                continue
            }
            if let (tag, length) = safeTag(at: rest) {
                result += tag
                rest = rest.dropFirst(length)
            } else {
                result += "&lt;"
                rest = rest.dropFirst()
            }
        }
        return result + rest
    }

    /// The tag starting at `text` rewritten from its allowed parts, and how many characters it spans; nil when it is
    /// not an allowed tag.
    private static func safeTag(at text: Substring) -> (String, Int)? {
        guard let close = text.firstIndex(of: ">") else { return nil }
        var inner = text[text.index(after: text.startIndex)..<close]
        let closing = inner.hasPrefix("/")
        if closing { inner = inner.dropFirst() }
        let name = inner.prefix { $0.isLetter || $0.isNumber }.lowercased()
        guard !name.isEmpty, let permitted = allowed[name] else { return nil }
        let length = text.distance(from: text.startIndex, to: close) + 1
        if closing { return ("</\(name)>", length) }
        var attributes = ""
        for (attribute, value) in parseAttributes(inner.dropFirst(name.count)) where permitted.contains(attribute) {
            guard let safe = safeValue(value, of: attribute, on: name) else { continue }
            attributes += " \(attribute)=\"\(HTMLPage.escaped(safe))\""
        }
        return ("<\(name)\(attributes)>", length)
    }

    /// The attributes of a tag's body, names lower-cased and values with entities for quotes decoded.
    private static func parseAttributes(_ body: Substring) -> [(String, String)] {
        var result: [(String, String)] = []
        var rest = body
        while true {
            rest = rest.drop { $0.isWhitespace || $0 == "/" }
            let name = rest.prefix { !$0.isWhitespace && $0 != "=" && $0 != ">" && $0 != "/" }
            guard !name.isEmpty else { return result }
            rest = rest.dropFirst(name.count).drop { $0.isWhitespace }
            var value = ""
            if rest.first == "=" {
                rest = rest.dropFirst().drop { $0.isWhitespace }
                if let quote = rest.first, quote == "\"" || quote == "'" {
                    let body = rest.dropFirst()
                    let end = body.firstIndex(of: quote) ?? body.endIndex
                    value = String(body[..<end])
                    rest = end == body.endIndex ? body[end...] : body[body.index(after: end)...]
                } else {
                    let raw = rest.prefix { !$0.isWhitespace }
                    value = String(raw)
                    rest = rest.dropFirst(raw.count)
                }
            }
            result.append((name.lowercased(), unescaped(value)))
        }
    }

    /// The value when it is harmless for `attribute` of `tag`, else nil.
    private static func safeValue(_ value: String, of attribute: String, on tag: String) -> String? {
        let squeezed = value.filter { !$0.isWhitespace && !($0.asciiValue.map { $0 < 0x20 } ?? false) }.lowercased()
        switch attribute {
        case "href":
            let schemeEnd = squeezed.firstIndex(of: ":")
            let slash = squeezed.firstIndex(of: "/") ?? squeezed.endIndex
            guard let schemeEnd, schemeEnd < slash else { return value }  // relative, or a fragment
            return ["http", "https", "mailto"].contains(String(squeezed[..<schemeEnd])) ? value : nil
        case "src":
            return squeezed.hasPrefix("data:image/") ? value : nil
        case "style":
            return squeezed.range(of: #"^text-align:(left|right|center);?$"#, options: .regularExpression) != nil ? value : nil
        case "type":
            return tag == "input" && squeezed == "checkbox" ? value : nil
        case "id":
            return value.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" } ? value : nil
        case "class":
            return value.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == " " } ? value : nil
        default:
            return value
        }
    }

    private static func unescaped(_ value: String) -> String {
        value.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
