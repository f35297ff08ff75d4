/// A piece of a page that is not a document's content (a form, a page's frame, a result card), as a typed value:
/// elements with attributes and children, text that the writer escapes, and blocks of the document model.
///
/// Only ``HTMLWriter`` turns nodes into markup, so no page builds HTML from strings.
public indirect enum HTMLNode: Equatable, Sendable {
    /// An element: its tag name (from code, never from input), attributes in order and children.
    case element(String, [HTMLAttribute], [HTMLNode])
    case text(String)
    case inline([Inline])
    case blocks([DocumentBlock])
    /// An `<svg>` element drawn by Digitbook's charts (Charts' `InlineSVG`), put in as it is.
    case svg(String)
    /// Style rules from code, inside a `<style>` element.
    case css(String)

    /// An element with attributes given as `name: value` pairs (`nil` for an attribute without a value).
    public static func element(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:], _ children: [HTMLNode] = [])
        -> HTMLNode {
        .element(name, attributes.map { HTMLAttribute($0.key, $0.value) }, children)
    }

    /// An element holding only text.
    public static func element(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:], text: String) -> HTMLNode {
        element(name, attributes, [.text(text)])
    }

    /// A block of the document model.
    public static func block(_ block: DocumentBlock) -> HTMLNode { .blocks([block]) }
}

/// An attribute of an element: a name from code and a value that the writer escapes; `href` and `src` values that
/// could run a script are left out.
public struct HTMLAttribute: Equatable, Sendable {
    public let name: String
    public let value: String?

    public init(_ name: String, _ value: String?) {
        self.name = name
        self.value = value
    }
}
