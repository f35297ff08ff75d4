import Pages

/// The page at `/`: upload one or several photos, or draw a digit; the run picker when there are several runs.
/// The form posts to `/predict` and works without JavaScript; with it, app.js posts to the JSON API instead.
enum HomePage {
    static func html(runs: [String], maxUploadMB: Int) -> String {
        let picker: [HTMLNode] = runs.count > 1
            ? [.element("p", [], [.element("label", ["for": "run"], text: "Model"),
                                  .element("select", ["id": "run", "name": "run"], runs.map { .element("option", text: $0) })])]
            : []
        let form: HTMLNode = .element("form", ["id": "upload", "method": "post", "action": "/predict",
                                               "enctype": "multipart/form-data"], picker + [
            .element("p", [], [
                .element("label", ["for": "photo"], text: "Photos of digits (PNG or JPEG, up to \(maxUploadMB) MB in all)"),
                .element("input", ["id": "photo", "name": "photo", "type": "file", "accept": "image/png,image/jpeg",
                                   "multiple": nil]),
            ]),
            .element("p", [], [
                .element("label", ["for": "camera"], text: "Or take a photo (on a phone)"),
                .element("input", ["id": "camera", "name": "photo", "type": "file", "accept": "image/jpeg,image/png",
                                   "capture": "environment"]),
            ]),
            .element("p", [], [
                .element("input", ["id": "mode", "name": "mode", "type": "checkbox", "value": "number"]),
                .element("label", ["for": "mode"], text: "Read a whole number (a row of digits, such as a ZIP code)"),
            ]),
            .element("div", ["id": "drop", "class": "drop", "hidden": nil], text: "or drop images here"),
            .element("p", [], [.element("button", ["type": "submit"], text: "Predict")]),
        ])
        let drawing: HTMLNode = .element("section", ["id": "draw", "class": "draw", "hidden": nil, "aria-labelledby": "draw-title"], [
            .element("h2", ["id": "draw-title"], text: "Or draw a digit"),
            .element("canvas", ["id": "canvas", "width": "280", "height": "280", "role": "img",
                                "aria-label": "Drawing area: draw one digit"]),
            .element("p", [], [.element("button", ["type": "button", "id": "clear"], text: "Clear")]),
        ])
        return PageShell.html(title: "Digitbook: read a digit", body: [
            .element("h1", text: "Read a handwritten digit"),
            .element("p", ["class": "lead"], text: "Upload a photo of a digit, or draw one. Digitbook preprocesses it the way "
                + "MNIST's digits were made and shows what the network sees."),
            form, drawing,
            .element("section", ["id": "results", "aria-live": "polite"]),
        ], script: true)
    }
}
