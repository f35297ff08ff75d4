import Foundation

/// One language's texts: a catalogue file (`Catalogues/TAG.json`) read. A text the file lacks falls back to English,
/// then to its key, so a page never fails for a missing translation (a test makes sure none is missing).
public struct Catalogue: Sendable {
    public let language: Language
    let texts: [String: String]
    /// What each key is for (English only): the translators' guide.
    public let notes: [String: String]
    let fallback: [String: String]

    init(language: Language, texts: [String: String], notes: [String: String], fallback: [String: String]) {
        self.language = language
        self.texts = texts
        self.notes = notes
        self.fallback = fallback
    }

    /// The catalogue in a file's bytes, English's texts as its fallback.
    init(json: [UInt8], fallback: [String: String] = [:]) throws {
        let file = try JSONDecoder().decode(CatalogueFile.self, from: Data(json))
        language = file.language
        texts = file.strings
        notes = file.notes ?? [:]
        self.fallback = fallback
    }

    /// The text of `phrase` with each `{name}` replaced by its argument.
    /// One pass over the text: a value that itself holds `{name}` is put in as it is, never filled again.
    public func text(_ phrase: Phrase, _ arguments: KeyValuePairs<String, String> = [:]) -> String {
        filled(phrase, pairs: arguments.map { ($0.key, $0.value) })
    }

    /// The text of `phrase` filled from `pairs` (name, value), as ``text(_:_:)`` fills it.
    public func filled(_ phrase: Phrase, pairs arguments: [(key: String, value: String)]) -> String {
        let template = texts[phrase.rawValue] ?? fallback[phrase.rawValue] ?? phrase.rawValue
        var filled = "", rest = template[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let name = String(rest[rest.index(after: open)..<close])
            filled += rest[..<open]
            if let value = arguments.first(where: { $0.key == name })?.value {
                filled += value
            } else {
                filled += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return filled + rest
    }

    /// The keys this catalogue gives.
    public var keys: Set<String> { Set(texts.keys) }

    /// The `{name}` placeholders in this catalogue's text for `phrase`.
    public func placeholders(_ phrase: Phrase) -> Set<String> {
        guard let text = texts[phrase.rawValue] else { return [] }
        var names: Set<String> = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}

/// A catalogue file as written: the language, its texts by key, and (English) what each key is for.
struct CatalogueFile: Decodable {
    let language: Language
    let strings: [String: String]
    let notes: [String: String]?
}
