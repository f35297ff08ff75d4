import Pages

/// Why the form's upload could not be read, in words, with the way back.
enum ErrorPage {
    static func html(_ message: String) -> String {
        PageShell.html(title: "Digitbook: cannot read this", body: [
            .element("h1", text: "This cannot be read"),
            .element("p", ["class": "warning"], text: message),
            .element("p", [], [.element("a", ["href": "/"], text: "Try another image")]),
        ], script: false)
    }
}
