import Foundation

/// Every catalogue compiled into the program (each `Catalogues/TAG.json`, embedded by the EmbedCatalogues build
/// plugin, so adding a language is adding one file), read once, English first.
public struct Catalogues: Sendable {
    public let all: [Catalogue]
    public let english: Catalogue
    /// Files that could not be read, with why (a test requires none).
    public let problems: [String]

    /// The compiled-in catalogues.
    public static let compiledIn = Catalogues(files: EmbeddedCatalogues.files.map { ($0.name, Array($0.json.utf8)) })

    /// The catalogues in `files` (name, bytes); English's must be among them (`en.json`).
    init(files: [(name: String, bytes: [UInt8])]) {
        var problems: [String] = []
        let englishFile = files.first { $0.name == "en.json" }
        let english = englishFile.flatMap { try? Catalogue(json: $0.bytes) }
        var all: [Catalogue] = english.map { [$0] } ?? []
        for file in files.sorted(by: { $0.name < $1.name }) where file.name != "en.json" {
            do {
                let catalogue = try Catalogue(json: file.bytes, fallback: english?.texts ?? [:])
                guard file.name == catalogue.language.tag + ".json" else {
                    problems.append("\(file.name): its language's tag is \(catalogue.language.tag); the file must be named after it")
                    continue
                }
                all.append(catalogue)
            } catch {
                problems.append("\(file.name): \(error)")
            }
        }
        if english == nil { problems.append("en.json is missing or unreadable") }
        self.all = all
        self.english = english ?? Catalogue.empty
        self.problems = problems
    }

    /// The catalogue for `tag`: the same tag (any letter case), else one of its language (`es-MX` gives `es`;
    /// `zh`, `zh-CN` and `zh-SG` give `zh-Hans`), else nil.
    public func catalogue(_ tag: String) -> Catalogue? {
        let wanted = tag.lowercased()
        if let exact = all.first(where: { $0.language.tag.lowercased() == wanted }) { return exact }
        let primary = wanted.split(separator: "-").first.map(String.init) ?? wanted
        let simplified = ["zh", "zh-cn", "zh-sg", "zh-hans-cn"].contains(wanted)
        return all.first { candidate in
            let tag = candidate.language.tag.lowercased()
            return simplified ? tag == "zh-hans" : tag == primary
        }
    }
}

extension Catalogue {
    /// A catalogue with no texts (only when English's own file is broken: every text is then its key).
    static let empty = Catalogue(
        language: Language(tag: "en", name: "English", direction: .leftToRight, decimal: ".", group: ",", grouping: .threes,
                           percent: "{n}%", digits: nil, nativeDecimal: nil, nativeGroup: nil, nativePercent: nil),
        texts: [:], notes: [:], fallback: [:])
}
