import CCmarkGFM
import Foundation

/// Markdown parsed by cmark-gfm, the reference implementation of GitHub-flavoured Markdown: CommonMark with tables,
/// strikethrough, autolinks, task lists and footnotes. Its tree becomes blocks of the document model (`blocks`);
/// raw HTML is left out, so prose cannot put a script into a report.
///
/// Each value owns its parser and document tree and frees them when released.
final class CommonMark {
    static let extensions = ["table", "strikethrough", "autolink", "tasklist"]
    private static let options = CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES
    private let parser: OpaquePointer
    let document: OpaquePointer

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
}
