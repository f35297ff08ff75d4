import Pages

/// The frame of every page the server sends: its own stylesheet and script (no inline code, so the
/// Content-Security-Policy can forbid it), a title, and the body.
enum PageShell {
    static func html(title: String, body: [HTMLNode], script: Bool) -> String {
        LinkedPage(title: title, stylesheet: "/app.css", script: script ? "/app.js" : nil,
                   body: [.element("main", [], body)]).html
    }
}
