import Pages

/// The pages a preview serves besides the report: the frame around it (status line, errors, the report in a frame
/// that reloads) and what the frame shows before any page has rendered.
enum PreviewPage {
    /// The preview's page: what the render is doing, the errors of the last one, and the report beneath.
    static func html(source: String) -> String {
        LinkedPage(title: "Preview of \(source)", stylesheet: "/preview.css", script: "/preview.js", body: [
            .element("header", ["class": "bar"], [
                .element("p", ["id": "state", "role": "status", "aria-live": "polite"], text: "Connecting to digitbook preview"),
                .element("p", ["class": "source"], text: source),
            ]),
            .element("section", ["id": "problems", "class": "problems", "hidden": nil, "aria-labelledby": "problems-title"], [
                .element("h2", ["id": "problems-title"], text: "Errors"),
                .element("ul", ["id": "errors"]),
                .element("ul", ["id": "warnings", "class": "warnings"]),
            ]),
            .element("iframe", ["id": "report", "title": "The rendered report", "src": "/page"]),
        ]).html
    }

    /// What the frame shows before the source has ever rendered (the bar above says why).
    static var placeholder: String {
        StandalonePage(title: "No page yet", body: [.element("main", [], [
            .element("h1", text: "No page yet"),
            .element("p", text: "The report appears here once it has rendered; the bar above says what the render is doing, "
                + "and lists any errors in the source."),
        ])]).html
    }
}
