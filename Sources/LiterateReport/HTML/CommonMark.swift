import CCmarkGFM
import Foundation

/// Markdown rendered by cmark-gfm, the reference implementation of GitHub-flavoured Markdown: CommonMark with tables,
/// strikethrough, autolinks, task lists and footnotes. Raw HTML is left out (cmark's safe mode) and so are links to
/// `javascript:` and similar schemes, so prose cannot put a script into a report.
///
/// Each value owns its parser and document tree and frees them when released.
final class CommonMark {
    /// A heading of the document: its level (1-6) and its plain text.
    struct Heading: Equatable {
        let level: Int
        let text: String
    }

    static let extensions = ["table", "strikethrough", "autolink", "tasklist"]
    private static let options = CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES
    private let parser: OpaquePointer
    private let document: OpaquePointer

    /// Parses `markdown`; nil only when cmark cannot allocate a parser or finish a document.
    init?(_ markdown: String) {
        Self.registerExtensions
        guard let parser = cmark_parser_new(Self.options) else { return nil }
        for name in Self.extensions {
            if let syntax = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, syntax) }
        }
        var text = markdown
        text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
        }
        guard let document = cmark_parser_finish(parser) else {
            cmark_parser_free(parser)
            return nil
        }
        self.parser = parser
        self.document = document
    }

    deinit {
        cmark_node_free(document)
        cmark_parser_free(parser)
    }

    /// The extensions register themselves once per process (cmark keeps a global registry).
    private static let registerExtensions: Void = cmark_gfm_core_extensions_ensure_registered()

    /// The document as HTML.
    var html: String {
        guard let rendered = cmark_render_html(document, Self.options, cmark_parser_get_syntax_extensions(parser)) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    /// The headings in document order, with the text of their inline content (code spans included).
    var headings: [Heading] {
        var headings: [Heading] = []
        guard let iterator = cmark_iter_new(document) else { return [] }
        defer { cmark_iter_free(iterator) }
        var current: (level: Int, text: String)?
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_HEADING {
                if event == CMARK_EVENT_ENTER {
                    current = (Int(cmark_node_get_heading_level(node)), "")
                } else if let heading = current {
                    headings.append(Heading(level: heading.level, text: heading.text.trimmingCharacters(in: .whitespaces)))
                    current = nil
                }
            } else if current != nil, event == CMARK_EVENT_ENTER, type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE,
                      let literal = cmark_node_get_literal(node) {
                current?.text += String(cString: literal)
            } else if current != nil, event == CMARK_EVENT_ENTER, type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                current?.text += " "
            }
        }
        return headings
    }
}
