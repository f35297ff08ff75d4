import CCmarkGFM
import Pages

extension CommonMark {
    /// The document as blocks of the document model, the formulas `math` took out put back as MathML; whether raw HTML
    /// was left out, and the formulas that could not be read (each with its line from the prose's first, and why).
    func blocks(math: MathSpans) -> (blocks: [DocumentBlock], omittedHTML: Bool, mathProblems: [(line: Int, message: String)]) {
        var reader = TreeReader(math: math)
        let blocks = reader.blocks(under: document)
        let notes = reader.definitions.enumerated().map { Footnote(number: $0.offset + 1, blocks: $0.element) }
        return (blocks + (notes.isEmpty ? [] : [.footnotes(notes)]), reader.omittedHTML, reader.mathProblems)
    }
}

extension CommonMark {
    /// Deeper nesting than any document needs (quotes in quotes, emphasis in emphasis): walking thousands of levels, and
    /// then writing and freeing the blocks, would run out of stack.
    static let deepestNesting = 32
}

/// Walks cmark-gfm's tree once, turning each node into its block or inline counterpart.
private struct TreeReader {
    let math: MathSpans
    var omittedHTML = false
    var mathProblems: [(line: Int, message: String)] = []
    /// The footnotes referred to so far (cmark-gfm numbers them in the order of their first reference).
    var referenced: Set<Int> = []
    /// The footnotes' contents, in their numbers' order (cmark-gfm drops those never referred to).
    var definitions: [[DocumentBlock]] = []
    /// How deep the walk is in nested blocks or inlines; past `CommonMark.deepestNesting` the rest of a subtree becomes
    /// its plain text.
    var depth = 0

    static func children(of node: OpaquePointer) -> [OpaquePointer] {
        var children: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            children.append(current)
            child = cmark_node_next(current)
        }
        return children
    }

    static func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    static func typeName(_ node: OpaquePointer) -> String {
        cmark_node_get_type_string(node).map { String(cString: $0) } ?? ""
    }

    mutating func blocks(under node: OpaquePointer) -> [DocumentBlock] {
        guard depth < CommonMark.deepestNesting else { return [.paragraph([.text(Self.plainText(of: node))])] }
        depth += 1
        defer { depth -= 1 }
        return Self.children(of: node).flatMap { block($0) }
    }

    /// The text of every node under `node`, read with cmark's iterator (no recursion, however deep the nesting).
    static func plainText(of node: OpaquePointer) -> String {
        guard let iterator = cmark_iter_new(node) else { return "" }
        defer { cmark_iter_free(iterator) }
        var text = ""
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let current = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(current) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE: text += literal(current)
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_PARAGRAPH: text += text.isEmpty ? "" : " "
            default: break
            }
        }
        return text
    }

    mutating func block(_ node: OpaquePointer) -> [DocumentBlock] {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH:
            return Self.splittingDisplayMath(inlines(under: node))
        case CMARK_NODE_HEADING:
            return [.heading(level: Int(cmark_node_get_heading_level(node)), inlines(under: node))]
        case CMARK_NODE_CODE_BLOCK:
            let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
            let language = info.split(separator: " ").first.map(String.init)
            var text = math.restoringSource(in: Self.literal(node))
            if text.hasSuffix("\n") { text.removeLast() }
            return [.code(text, language: language)]
        case CMARK_NODE_BLOCK_QUOTE:
            return [.quote(blocks(under: node))]
        case CMARK_NODE_THEMATIC_BREAK:
            return [.rule]
        case CMARK_NODE_LIST:
            return [.list(list(node))]
        case CMARK_NODE_HTML_BLOCK:
            omittedHTML = true
            return []
        case CMARK_NODE_FOOTNOTE_DEFINITION:
            definitions.append(blocks(under: node))
            return []
        default:
            if Self.typeName(node) == "table" { return [.table(table(node))] }
            return blocks(under: node)
        }
    }

    /// A paragraph's content as paragraphs, with each display formula (`$$…$$`) set apart as a block of its own.
    static func splittingDisplayMath(_ content: [Inline]) -> [DocumentBlock] {
        var blocks: [DocumentBlock] = [], paragraph: [Inline] = []
        func flush() {
            while case .text(let text)? = paragraph.last, text.allSatisfy(\.isWhitespace) { paragraph.removeLast() }
            while case .text(let text)? = paragraph.first, text.allSatisfy(\.isWhitespace) { paragraph.removeFirst() }
            if !paragraph.isEmpty { blocks.append(.paragraph(paragraph)) }
            paragraph = []
        }
        for inline in content {
            if case .math(let node, let source) = inline, source.hasPrefix(MathSpans.displayMark) {
                flush()
                blocks.append(.math(node, source: String(source.dropFirst(MathSpans.displayMark.count))))
            } else {
                paragraph.append(inline)
            }
        }
        flush()
        return blocks
    }

    mutating func list(_ node: OpaquePointer) -> DocumentList {
        let items = Self.children(of: node).map { item in
            DocumentList.Item(blocks(under: item),
                              checked: Self.typeName(item) == "tasklist" ? cmark_gfm_extensions_get_tasklist_item_checked(item) : nil)
        }
        return DocumentList(ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                            start: Int(cmark_node_get_list_start(node)), tight: cmark_node_get_list_tight(node) != 0,
                            items: items)
    }

    /// A GitHub table: its first row is the header; columns aligned right or centre keep that alignment.
    mutating func table(_ node: OpaquePointer) -> HTMLTable {
        var rows = Self.children(of: node).map { row in Self.children(of: row).map { TableCell(inlines(under: $0)) } }
        let header = rows.isEmpty ? [] : rows.removeFirst()
        var table = HTMLTable(headerCells: header)
        for row in rows { table.append(cells: row) }
        if let alignments = cmark_gfm_extensions_get_table_alignments(node) {
            for column in 0..<Int(cmark_gfm_extensions_get_table_columns(node)) {
                if alignments[column] == UInt8(ascii: "r") { table.numeric.insert(column) }
                if alignments[column] == UInt8(ascii: "c") { table.centered.insert(column) }
            }
        }
        return table
    }

    mutating func inlines(under node: OpaquePointer) -> [Inline] {
        guard depth < CommonMark.deepestNesting else { return [.text(Self.plainText(of: node))] }
        depth += 1
        defer { depth -= 1 }
        return Self.children(of: node).flatMap { inline($0) }
    }

    mutating func inline(_ node: OpaquePointer) -> [Inline] {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_TEXT: return math.inlines(in: Self.literal(node), problems: &mathProblems)
        case CMARK_NODE_SOFTBREAK: return [.text("\n")]
        case CMARK_NODE_LINEBREAK: return [.lineBreak]
        case CMARK_NODE_CODE: return [.code(math.restoringSource(in: Self.literal(node)))]
        case CMARK_NODE_EMPH: return [.emphasis(inlines(under: node))]
        case CMARK_NODE_STRONG: return [.strong(inlines(under: node))]
        case CMARK_NODE_LINK:
            return [.link(inlines(under: node), to: math.restoringSource(in: cmark_node_get_url(node).map { String(cString: $0) } ?? ""))]
        case CMARK_NODE_IMAGE:
            return [.image(source: math.restoringSource(in: cmark_node_get_url(node).map { String(cString: $0) } ?? ""),
                           description: Inline.text(of: inlines(under: node)))]
        case CMARK_NODE_HTML_INLINE:
            omittedHTML = true
            return []
        case CMARK_NODE_FOOTNOTE_REFERENCE:
            let number = Int(Self.literal(node)) ?? 0
            return [.footnote(number, repeated: !referenced.insert(number).inserted)]
        default:
            if Self.typeName(node) == "strikethrough" { return [.strikethrough(inlines(under: node))] }
            return inlines(under: node)
        }
    }
}
