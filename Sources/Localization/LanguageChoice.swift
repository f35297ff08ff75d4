import Foundation

/// Picks the catalogue a reader gets: the one they chose (a `?lang=` tag), else the best their browser's
/// `Accept-Language` asks for (by quality, then order; `es-MX` matches `es`, `zh-CN` matches `zh-Hans`), else English.
public enum LanguageChoice {
    /// The best of `catalogues` for a request.
    public static func choose(from catalogues: Catalogues, chosen: String? = nil, acceptLanguage: String? = nil) -> Catalogue {
        if let chosen, let catalogue = catalogues.catalogue(chosen) { return catalogue }
        for tag in ranked(acceptLanguage ?? "") {
            if let catalogue = catalogues.catalogue(tag) { return catalogue }
        }
        return catalogues.english
    }

    /// The tags of an `Accept-Language` header, best first; a tag of quality 0, or not a tag, is left out.
    static func ranked(_ header: String) -> [String] {
        let entries = header.split(separator: ",").enumerated().compactMap { index, part -> (String, Double, Int)? in
            let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = pieces.first, !tag.isEmpty, tag.count <= 35,
                  tag.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "*") }) else { return nil }
            let quality = pieces.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            guard quality > 0, quality <= 1 else { return nil }
            return (tag, quality, index)
        }
        return entries.sorted { ($0.1, -$0.2) > ($1.1, -$1.2) }.map(\.0)
    }
}
