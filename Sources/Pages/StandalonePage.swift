/// A page that stands alone as one file: the shared typography and the page's own rules inline, no scripts, nothing
/// fetched from elsewhere, so it opens the same from a disk, an e-mail or a learning platform.
public struct StandalonePage: Sendable {
    public let title: String
    /// CSS added after the shared typography.
    public let style: String
    public let body: [HTMLNode]
    public let language: PageLanguage

    public init(title: String, style: String = "", body: [HTMLNode], language: PageLanguage = .english) {
        self.title = title
        self.style = style
        self.body = body
        self.language = language
    }

    public var html: String {
        PageFrame(title: title, head: [.element("meta", ["name": "generator", "content": "Digitbook"]),
                                       .element("style", [], [.css(Typography.stylesheet + "\n" + style)])],
                  body: body, language: language).html
    }
}

/// A page served with its stylesheet and script as files of their own (no inline code, so a Content-Security-Policy
/// can forbid it).
public struct LinkedPage: Sendable {
    public let title: String
    public let stylesheet: String
    public let script: String?
    public let body: [HTMLNode]
    public let language: PageLanguage

    public init(title: String, stylesheet: String, script: String? = nil, body: [HTMLNode], language: PageLanguage = .english) {
        self.title = title
        self.stylesheet = stylesheet
        self.script = script
        self.body = body
        self.language = language
    }

    public var html: String {
        var head: [HTMLNode] = [.element("link", ["rel": "stylesheet", "href": stylesheet])]
        if let script { head.append(.element("script", ["src": script, "defer": nil])) }
        return PageFrame(title: title, head: head, body: body, language: language).html
    }
}

/// The document around every page: its language, character set, viewport, title and what the page adds to its head.
struct PageFrame {
    let title: String
    let head: [HTMLNode]
    let body: [HTMLNode]
    let language: PageLanguage

    var html: String {
        let head: [HTMLNode] = [.element("meta", ["charset": "utf-8"]),
                                .element("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"]),
                                .element("title", text: title)] + self.head
        return "<!DOCTYPE html>\n" + HTMLWriter.html(.element("html", language.attributes, [.element("head", [], head),
                                                                                       .element("body", [], body)])) + "\n"
    }
}
