import Pages

/// The frame of every page the server sends: its own stylesheet and script (no inline code, so the
/// Content-Security-Policy can forbid it), a title, the body, and the reader's language (`lang`, `dir`).
enum PageShell {
    static func html(title: String, body: [HTMLNode], script: Bool, language: ReaderLanguage) -> String {
        LinkedPage(title: title, stylesheet: "/app.css", script: script ? "/app.js" : nil,
                   body: [.element("main", [], body)], language: language.page).html
    }
}
