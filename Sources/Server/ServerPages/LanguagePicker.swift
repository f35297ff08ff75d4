import Localization
import Pages

/// The language menu at the top of the page: every catalogue by its own name, and, for a language with digits of its
/// own, the choice to show numbers in them. A plain GET form (`/?lang=TAG`), so it works without JavaScript and sets
/// no cookie; the script submits it on change and remembers the choice in the browser's local storage.
enum LanguagePicker {
    static func html(language: ReaderLanguage, catalogues: Catalogues) -> HTMLNode {
        let current = language.catalogue.language.tag
        let options: [HTMLNode] = catalogues.all.map { catalogue in
            let tag = catalogue.language.tag
            return tag == current
                ? .element("option", ["value": tag, "lang": tag, "selected": nil], text: catalogue.language.name)
                : .element("option", ["value": tag, "lang": tag], text: catalogue.language.name)
        }
        var fields: [HTMLNode] = [
            .element("label", ["for": "lang"], text: language.text(.homeLanguage)),
            .element("select", ["id": "lang", "name": "lang"], options),
        ]
        if language.catalogue.language.digits != nil {
            let box: HTMLNode = language.numbers.nativeDigits
                ? .element("input", ["id": "numerals", "name": "numerals", "type": "checkbox", "value": "native", "checked": nil])
                : .element("input", ["id": "numerals", "name": "numerals", "type": "checkbox", "value": "native"])
            fields += [box, .element("label", ["for": "numerals", "class": "inline"], text: language.text(.homeNumerals))]
        }
        fields.append(.element("button", ["type": "submit", "id": "lang-apply"], text: "✓ " + language.text(.homeLanguage)))
        return .element("form", ["class": "languages", "method": "get", "action": "/",
                                 "aria-label": language.text(.homeLanguage)], fields)
    }
}
