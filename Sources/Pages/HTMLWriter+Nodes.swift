extension HTMLWriter {
    /// Elements that have no content and no end tag.
    static let voidElements: Set<String> = ["br", "hr", "img", "input", "link", "meta"]

    /// Nodes as HTML.
    public static func html(_ nodes: [HTMLNode]) -> String { nodes.map(html).joined(separator: "\n") }

    /// One node as HTML.
    public static func html(_ node: HTMLNode) -> String {
        switch node {
        case .text(let text): return HTMLText.escaped(text)
        case .inline(let content): return html(content)
        case .blocks(let blocks): return html(blocks)
        case .svg(let markup): return markup
        case .css(let rules): return rules.replacingOccurrences(of: "</", with: "<\\/")
        case .element(let name, let attributes, let children):
            let open = "<\(name)" + attributes.compactMap(html).joined() + ">"
            if voidElements.contains(name) { return open }
            let separator = children.allSatisfy(isPhrasing) ? "" : "\n"
            let content = children.map(html).joined(separator: separator)
            return open + (children.isEmpty ? "" : separator + content + separator) + "</\(name)>"
        }
    }

    /// Elements that sit inside a line of text, written without line breaks around them.
    static let phrasingElements: Set<String> = ["a", "button", "code", "em", "img", "input", "label", "option", "select", "span",
                                                "strong", "svg"]

    /// Whether `node` sits inside a line of text.
    static func isPhrasing(_ node: HTMLNode) -> Bool {
        switch node {
        case .text, .inline, .svg: true
        case .element(let name, _, _): phrasingElements.contains(name)
        case .blocks, .css: false
        }
    }

    /// ` name="value"`, or nothing for a link that could run a script.
    private static func html(_ attribute: HTMLAttribute) -> String? {
        guard let value = attribute.value else { return " \(attribute.name)" }
        if ["href", "src", "action"].contains(attribute.name), !isSafe(value), !isEmbeddedData(value) { return nil }
        return self.attribute(attribute.name, value)
    }

    /// Whether `target` is data put in the page itself: an image, or a CSV file to download.
    static func isEmbeddedData(_ target: String) -> Bool {
        let lowered = target.lowercased()
        return ["data:image/png;", "data:image/jpeg;", "data:image/gif;", "data:image/webp;", "data:image/svg+xml;",
         "data:text/csv;"]
            .contains { lowered.hasPrefix($0) }
    }
}
