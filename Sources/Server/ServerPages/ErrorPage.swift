import Pages

/// Why the form's upload could not be read, in words, with the way back.
enum ErrorPage {
    static func html(_ message: String, language: ReaderLanguage) -> String {
        PageShell.html(title: language.text(.errorTitle), body: [
            .element("h1", text: language.text(.errorHeading)),
            .element("p", ["class": "warning"], text: message),
            .element("p", [], [.element("a", ["href": "/" + language.query], text: language.text(.errorTryAnother))]),
        ], script: false, language: language)
    }
}
