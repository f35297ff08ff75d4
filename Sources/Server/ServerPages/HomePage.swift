import Foundation
import Localization
import Pages

/// The page at `/`, in the reader's language: the language picker, then upload one or several photos (the whole-number
/// switch beside them), take one (where there is a camera), or draw a digit; the run picker when there are several
/// runs; the live region that announces each result. The form posts to `/predict` and works without JavaScript;
/// with it, app.js posts to the JSON API and writes the results in place.
enum HomePage {
    static func html(runs: [String], maxUploadMB: Int, reports: Bool, speech: Bool, language: ReaderLanguage,
                     catalogues: Catalogues) -> String {
        let t = language.text
        let picker: [HTMLNode] = runs.count > 1
            ? [.element("p", [], [.element("label", ["for": "run"], text: t(.homeModel, [:])),
                                  .element("select", ["id": "run", "name": "run"], runs.map { .element("option", text: $0) })])]
            : []
        let form: HTMLNode = .element("form", ["id": "upload", "method": "post", "action": "/predict" + language.query,
                                               "enctype": "multipart/form-data"], picker + [
            .element("p", [], [
                .element("label", ["for": "photo"], text: t(.homePhotos, ["mb": language.numbers.integer(maxUploadMB)])),
                .element("input", ["id": "photo", "name": "photo", "type": "file", "accept": "image/png,image/jpeg",
                                   "multiple": nil]),
            ]),
            .element("p", ["id": "camera-choice", "hidden": nil], [
                .element("label", ["for": "camera"], text: t(.homeCamera, [:])),
                .element("input", ["id": "camera", "name": "photo", "type": "file", "accept": "image/jpeg,image/png",
                                   "capture": "environment"]),
            ]),
            .element("div", ["class": "switch"], [
                .element("input", ["id": "mode", "name": "mode", "type": "checkbox", "value": "number", "role": "switch",
                                   "aria-describedby": "mode-hint"]),
                .element("label", ["for": "mode"], text: t(.homeWholeNumber, [:])),
                .element("span", ["id": "mode-hint", "class": "hint"], text: t(.homeWholeNumberHint, [:])),
            ]),
            .element("div", ["id": "drop", "class": "drop", "hidden": nil], text: t(.homeDrop, [:])),
            .element("p", [], [.element("button", ["type": "submit"], text: t(.homePredict, [:]))]),
        ])
        let drawing: HTMLNode = .element("section", ["id": "draw", "class": "draw", "hidden": nil, "aria-labelledby": "draw-title"], [
            .element("h2", ["id": "draw-title"], text: t(.homeDrawHeading, [:])),
            .element("canvas", ["id": "canvas", "width": "280", "height": "280", "role": "img",
                                "aria-label": t(.homeCanvasLabel, [:]), "aria-describedby": "canvas-hint"]),
            .element("p", ["id": "canvas-hint", "class": "hint"], text: t(.homeCanvasHint, [:])),
            .element("p", ["id": "draw-result", "class": "draw-result"]),
            .element("p", ["class": "tools"], [
                .element("label", ["for": "brush"], text: t(.homeBrush, [:])),
                .element("input", ["id": "brush", "type": "range", "min": "8", "max": "36", "step": "2", "value": "18"]),
                .element("button", ["type": "button", "id": "undo"], text: t(.homeUndo, [:])),
                .element("button", ["type": "button", "id": "clear"], text: t(.homeClear, [:])),
            ]),
        ])
        let examples: HTMLNode = .element("section", ["class": "examples", "aria-labelledby": "examples-title"], [
            .element("h2", ["id": "examples-title"], text: t(.homeExamples, [:])),
            .element("ul", [], (0...9).map { digit in
                let name = t(.homeExample, ["digit": language.numbers.localDigits("\(digit)")])
                return .element("li", [], [.element("a", ["href": "/example/\(digit)" + language.query, "class": "example",
                                                          "data-digit": "\(digit)", "aria-label": name], [
                    .element("img", ["src": "/examples/digit-\(digit).png", "alt": "", "width": "48", "height": "64"]),
                ])])
            }),
        ])
        var links: [[Inline]] = [[.link(Inline.plain(t(.homeAPI, [:])), to: "/openapi.yaml")]]
        if reports { links.append([.link(Inline.plain(t(.homeReports, [:])), to: "/reports/" + language.query)]) }
        return PageShell.html(title: t(.homeTitle, [:]), body: [
            LanguagePicker.html(language: language, catalogues: catalogues),
            .element("h1", text: t(.homeHeading, [:])),
            .element("p", ["class": "lead"], text: t(.homeLead, [:])),
            form, examples, drawing,
            .element("p", ["id": "announce", "class": "visually-hidden", "role": "status", "aria-live": "polite"]),
            .element("p", [], [.element("button", ["type": "button", "id": "speak", "hidden": nil], text: t(.resultSpeak, [:]))]),
            .element("section", ["id": "results", "data-messages": messages(language), "data-speech": speech ? "server" : "browser"]),
            .element("section", ["class": "links", "aria-labelledby": "links-title"], [
                .element("h2", ["id": "links-title"], text: t(.homeLinks, [:])),
                .block(.list(ordered: false, items: links)),
            ]),
        ], script: true, language: language)
    }

    /// The texts the page's script writes, in the page's language, as JSON (a data attribute: no inline script).
    static func messages(_ language: ReaderLanguage) -> String {
        let phrases: [String: Phrase] = [
            "reading": .resultReading, "unreachable": .resultUnreachable, "yourImage": .resultYourImage,
            "uploadAlt": .resultUploadAlt, "inputAlt": .resultInputAlt, "networkSees": .resultNetworkSees,
            "predictedDigit": .resultPredictedDigit, "note": .resultNote, "notRead": .resultNotRead, "file": .resultFile,
            "digit": .resultDigit, "probability": .resultProbability, "notReadBecause": .resultNotReadBecause,
            "download": .resultDownload, "numberRead": .numberRead, "tableLabel": .resultTableLabel,
        ]
        var texts = phrases.mapValues { language.text($0) }
        texts["query"] = language.query
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(texts)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}
