import Hummingbird
import Localization
import Pages
import Readings

/// The language a request is answered in: the reader's choice (`?lang=TAG`), else their browser's
/// (`Accept-Language`), else English; with `?numerals=native`, numbers in the language's own digits. The API's field
/// names and codes stay English; only its sentences follow the language.
struct ReaderLanguage: Sendable {
    let catalogue: Catalogue
    let numbers: LocalNumbers
    /// Whether the reader chose the language (then links and the form carry `?lang=`).
    let chosen: Bool

    init(_ request: Request, catalogues: Catalogues) {
        let query = request.uri.queryParameters
        let choice = query.get("lang").flatMap { catalogues.catalogue($0) }
        catalogue = LanguageChoice.choose(from: catalogues, chosen: choice?.language.tag,
                                          acceptLanguage: request.headers[.acceptLanguage])
        numbers = LocalNumbers(catalogue.language, nativeDigits: query.get("numerals") == "native")
        chosen = choice != nil
    }

    var words: ReadingWords { ReadingWords(catalogue, numbers: numbers) }

    var page: PageLanguage {
        PageLanguage(tag: catalogue.language.tag, rightToLeft: catalogue.language.direction == .rightToLeft)
    }

    func text(_ phrase: Phrase, _ arguments: KeyValuePairs<String, String> = [:]) -> String {
        catalogue.text(phrase, arguments)
    }

    /// The query that keeps this language on the next page (`?lang=es&numerals=native`), or "" for the browser's own.
    var query: String {
        var items: [String] = []
        if chosen { items.append("lang=" + catalogue.language.tag) }
        if numbers.nativeDigits { items.append("numerals=native") }
        return items.isEmpty ? "" : "?" + items.joined(separator: "&")
    }
}
